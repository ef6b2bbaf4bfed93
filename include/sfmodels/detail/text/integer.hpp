#ifndef SFMODELS_DETAIL_TEXT_INTEGER_HPP
#define SFMODELS_DETAIL_TEXT_INTEGER_HPP

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

namespace integer_swar {

// The eight decimal digits of x < 10^8 as the values 0-9, most significant in the lowest byte.
inline std::uint64_t eight_digits(std::uint64_t x) noexcept
{
    auto const x32 = static_cast<std::uint32_t>(x);                     // 32-bit division: cheaper
    std::uint64_t v = x32 / 10000 | std::uint64_t(x32 % 10000) << 32;   // two 32-bit lanes below 10^4
    std::uint64_t const hundreds = (v * 10486 >> 20) & 0x0000007f0000007full;
    v = hundreds | (v - hundreds * 100) << 16;                          // four 16-bit lanes below 100
    std::uint64_t const tens = (v * 103 >> 10) & 0x000f000f000f000full;
    return tens | (v - tens * 10) << 8;                                 // eight bytes below 10
}

// Writes x < 10^8 without leading zeros; writes 8 bytes, returns the end of the digits.
inline char* write_leading(std::uint64_t x, char* out) noexcept
{
    std::uint64_t const d = eight_digits(x);
    int const zeros = std::countr_zero(d | std::uint64_t(1) << 56) / 8;  // 0 keeps its last digit
    std::uint64_t const text = (d + 0x3030303030303030ull) >> (8 * zeros);
    std::memcpy(out, &text, 8);
    return out + 8 - zeros;
}

inline char* write_eight(std::uint64_t x, char* out) noexcept
{
    std::uint64_t const text = eight_digits(x) + 0x3030303030303030ull;
    std::memcpy(out, &text, 8);
    return out + 8;
}

// Writes u in decimal, storing up to 7 bytes past the digits (little endian only).
inline char* write_unsigned(std::uint64_t u, char* p) noexcept
{
    constexpr std::uint64_t e8 = 100000000;
    if(u < e8)
        p = write_leading(u, p);
    else if(u < e8 * e8)
        p = write_eight(u % e8, write_leading(u / e8, p));
    else
        p = write_eight(u % e8, write_eight(u / e8 % e8, write_leading(u / (e8 * e8), p)));
    return p;
}

} // namespace integer_swar

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
