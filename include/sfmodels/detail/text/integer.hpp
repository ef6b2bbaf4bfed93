#ifndef SFMODELS_DETAIL_TEXT_INTEGER_HPP
#define SFMODELS_DETAIL_TEXT_INTEGER_HPP

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>

namespace sfmodels::detail {

enum class int_parse
{
    ok,
    invalid,     ///< not of the form `-?(0|[1-9][0-9]*)`
    out_of_range ///< well-formed, but not representable as std::int64_t
};

/// Longest output of format_int64: `-9223372036854775808`.
inline constexpr std::size_t int64_text_max = 20;

/** Parse a JSON integer: `-?(0|[1-9][0-9]*)`, the whole of `s`.

    No sign other than a leading '-', no leading zeros, no whitespace,
    fraction or exponent. `"-0"` is 0. On failure `out` is left unchanged.
*/
constexpr int_parse
parse_int64(std::string_view s, std::int64_t& out) noexcept
{
    char const* p = s.data();
    char const* const end = p + s.size();
    bool const negative = p != end && *p == '-';
    p += negative;
    auto const n = static_cast<std::size_t>(end - p);
    if(n == 0 || (*p == '0' && n > 1))
        return int_parse::invalid;

    // Up to 19 digits cannot wrap; more may, but are out of range anyway.
    std::uint64_t u = 0;
    for(; p != end; ++p)
    {
        unsigned const d = static_cast<unsigned char>(*p) - unsigned('0');
        if(d > 9)
            return int_parse::invalid;
        u = u * 10 + d;
    }
    constexpr auto max = std::uint64_t(std::numeric_limits<std::int64_t>::max());
    if(n > 19 || u > max + negative)
        return int_parse::out_of_range;
    // Conversion to a signed type is modular in C++20, so 2^63 negates fine.
    out = static_cast<std::int64_t>(negative ? 0 - u : u);
    return int_parse::ok;
}

/// Write `v` in decimal; at most `int64_text_max` chars, no terminator.
inline char*
format_int64(std::int64_t v, char* out) noexcept
{
    return std::to_chars(out, out + int64_text_max, v).ptr;
}

} // namespace sfmodels::detail

#endif
