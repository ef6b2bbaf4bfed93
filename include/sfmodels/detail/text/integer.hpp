#ifndef SFMODELS_DETAIL_TEXT_INTEGER_HPP
#define SFMODELS_DETAIL_TEXT_INTEGER_HPP

#include <sfmodels/detail/text/digit_writer.hpp>

#include <bit>
#include <charconv>
#include <cstring>
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

/// Longest output of format_uint64: `18446744073709551615`.
inline constexpr std::size_t uint64_text_max = 20;

/** Parse a JSON integer as std::uint64_t: `0|[1-9][0-9]*`, the whole of `s`.

    The rules of parse_int64, with `out_of_range` meaning above 2^64 - 1.
    A leading '-' is `invalid`, except that `"-0"` is 0. On failure `out`
    is left unchanged.
*/
constexpr int_parse
parse_uint64(std::string_view s, std::uint64_t& out) noexcept
{
    if(s.size() == 2 && s[0] == '-' && s[1] == '0')
    {
        out = 0;
        return int_parse::ok;
    }
    char const* p = s.data();
    char const* const end = p + s.size();
    auto const n = static_cast<std::size_t>(end - p);
    if(n == 0 || (*p == '0' && n > 1))
        return int_parse::invalid;

    // A step that would pass the maximum is noted rather than returned at
    // once, so that a stray char further on still makes the text `invalid`.
    std::uint64_t u = 0;
    bool wrapped = false;
    for(; p != end; ++p)
    {
        unsigned const d = static_cast<unsigned char>(*p) - unsigned('0');
        if(d > 9)
            return int_parse::invalid;
        wrapped |= u > (std::numeric_limits<std::uint64_t>::max() - d) / 10;
        u = u * 10 + d;
    }
    if(wrapped)
        return int_parse::out_of_range;
    out = u;
    return int_parse::ok;
}


/// Room format_int64_padded needs: it may store up to 8 bytes past the digits.
inline constexpr std::size_t int64_text_padded = int64_text_max + 8;

/// format_int64 for a caller with `int64_text_padded` chars of room.
inline char*
format_int64_padded(std::int64_t v, char* p) noexcept
{
    if constexpr(std::endian::native != std::endian::little)
        return std::to_chars(p, p + int64_text_max, v).ptr;
    std::uint64_t u = static_cast<std::uint64_t>(v);
    if(v < 0)
    {
        *p++ = '-';
        u = 0 - u;
    }
    return integer_swar::write_unsigned(u, p);
}

/// Write `v` in decimal; at most `int64_text_max` chars, no terminator.
inline char*
format_int64(std::int64_t v, char* out) noexcept
{
    char text[int64_text_padded];
    auto const n = static_cast<std::size_t>(format_int64_padded(v, text) - text);
    std::memcpy(out, text, n);
    return out + n;
}

/// Room format_uint64_padded needs: it may store up to 8 bytes past the digits.
inline constexpr std::size_t uint64_text_padded = uint64_text_max + 8;

/// format_uint64 for a caller with `uint64_text_padded` chars of room.
inline char*
format_uint64_padded(std::uint64_t v, char* p) noexcept
{
    if constexpr(std::endian::native != std::endian::little)
        return std::to_chars(p, p + uint64_text_max, v).ptr;
    return integer_swar::write_unsigned(v, p);
}

/// Write `v` in decimal; at most `uint64_text_max` chars, no terminator.
inline char*
format_uint64(std::uint64_t v, char* out) noexcept
{
    char text[uint64_text_padded];
    auto const n = static_cast<std::size_t>(format_uint64_padded(v, text) - text);
    std::memcpy(out, text, n);
    return out + n;
}

} // namespace sfmodels::detail

#endif
