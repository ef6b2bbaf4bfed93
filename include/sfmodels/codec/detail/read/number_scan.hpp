#ifndef SFMODELS_CODEC_DETAIL_READ_NUMBER_SCAN_HPP
#define SFMODELS_CODEC_DETAIL_READ_NUMBER_SCAN_HPP

#include <sfmodels/codec/detail/read/bytes.hpp>

#include <bit>
#include <cfloat>
#include <cstddef>
#include <cstdint>

namespace sfmodels::detail::fast {

SFMODELS_FAST_INLINE unsigned digit_at(char const* p) noexcept
{
    return static_cast<unsigned>(static_cast<unsigned char>(*p)) - unsigned('0');
}

// The value of the eight decimal digits at p, if they are all digits.
SFMODELS_FAST_INLINE bool eight_digits(char const* p, std::uint64_t& value) noexcept
{
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    if constexpr (std::endian::native != std::endian::little)
        return false;
    std::uint64_t v = load64(p);
    if (((v & ones * 0xf0) ^ ones * 0x30) | (((v + ones * 0x06) & ones * 0xf0) ^ ones * 0x30))
        return false;
    v -= ones * '0';
    v = (v * 10 + (v >> 8)) & 0x00ff00ff00ff00ffull;
    v = (v * 100 + (v >> 16)) & 0x0000ffff0000ffffull;
    value = (v * 10000 + (v >> 32)) & 0xffffffffull;
    return true;
}

/** Reads `-?(0|[1-9][0-9]*)` of at most 18 digits at p: an integer that both
    parse_int64 and Boost.JSON's on_int64 give exactly. Returns the first byte
    after it, which may still be anything; nullptr for anything else, including
    a following fraction or exponent.
*/
SFMODELS_FAST_INLINE char const* read_integer(char const* p, char const* end, std::int64_t& out) noexcept
{
    bool const negative = *p == '-';
    p += negative;
    if (p == end)
        return nullptr;
    unsigned d = digit_at(p);
    if (d > 9)
        return nullptr;
    std::uint64_t u = d;
    char const* const first = p++;
    if (d != 0) {
        for (std::uint64_t eight; p - first < 11 && end - p >= 8 && eight_digits(p, eight); p += 8)
            u = u * 100000000 + eight;
        while (p != end && (d = digit_at(p)) <= 9) {
            u = u * 10 + d;
            ++p;
        }
        if (p - first > 18)
            return nullptr;
    }
    if (p != end && (*p == '.' || (*p | 0x20) == 'e'))
        return nullptr;
    out = static_cast<std::int64_t>(negative ? 0 - u : u);
    return p;
}

// 10^0 to 10^22: every one a double exactly.
inline constexpr double exact_powers_of_ten[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/** Reads a JSON number `-?(0|[1-9][0-9]*)(\.[0-9]+)?` at p whose value one
    exact operation gives (Clinger's fast path): a mantissa of at most 2^53
    over at most 19 digits, divided by a power of ten of at most 10^22. Both
    are exact doubles, so the quotient is the correctly rounded value, the
    one parse_double gives. Returns the first byte after the number; nullptr
    for anything else (an exponent, more digits, a malformed number), which
    the caller reads the general way.
*/
SFMODELS_FAST_INLINE char const* read_simple_double(char const* p, char const* end, double& out) noexcept
{
#if !defined(FLT_EVAL_METHOD) || FLT_EVAL_METHOD != 0
    return nullptr;   // a division in wider precision could round twice
#endif
    bool const negative = *p == '-';
    p += negative;
    if (p == end)
        return nullptr;
    char const* const first = p;
    unsigned d = digit_at(p);
    std::uint64_t m = 0;
    if (d == 0)
        ++p;   // a leading zero stands alone
    else if (d > 9)
        return nullptr;
    else
        for (; p != end && (d = digit_at(p)) <= 9; ++p)
            m = m * 10 + d;
    std::ptrdiff_t digits = p - first;
    std::ptrdiff_t scale = 0;
    if (p != end && *p == '.') {
        char const* const fraction = ++p;
        for (; p != end && (d = digit_at(p)) <= 9; ++p)
            m = m * 10 + d;
        scale = p - fraction;
        if (scale == 0)
            return nullptr;
        digits += scale;
    }
    if ((p != end && (*p | 0x20) == 'e') || digits > 19 || scale > 22 || m > (std::uint64_t(1) << 53))
        return nullptr;
    double const v = static_cast<double>(m) / exact_powers_of_ten[scale];
    out = negative ? -v : v;
    return p;
}

/** Skips a JSON number at p as Boost.JSON accepts it,
    `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, with at most six exponent
    digits so that no exponent can overflow; nullptr otherwise.
*/
inline char const* skip_number(char const* p, char const* end) noexcept
{
    auto digits = [&]() noexcept {
        char const* const first = p;
        while (p != end && digit_at(p) <= 9)
            ++p;
        return p - first;
    };
    if (*p == '-' && ++p == end)
        return nullptr;
    if (*p == '0')
        ++p;
    else if (digits() == 0)
        return nullptr;
    if (p != end && *p == '.') {
        ++p;
        if (digits() == 0)
            return nullptr;
    }
    if (p != end && (*p | 0x20) == 'e') {
        if (++p != end && (*p == '+' || *p == '-'))
            ++p;
        auto const n = digits();
        if (n == 0 || n > 6)
            return nullptr;
    }
    return p;
}

} // namespace sfmodels::detail::fast

#endif
