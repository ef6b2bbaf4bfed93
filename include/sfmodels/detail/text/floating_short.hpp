#ifndef SFMODELS_DETAIL_TEXT_FLOATING_SHORT_HPP
#define SFMODELS_DETAIL_TEXT_FLOATING_SHORT_HPP

#include <sfmodels/detail/inline.hpp>
#include <sfmodels/detail/text/integer.hpp>

#include <array>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>

// The short decimals format_double writes without std::to_chars.
namespace sfmodels::detail {

namespace floating_short {

inline constexpr double powers_of_ten[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7};

// Seven fraction digits of f < 10^7, most significant in the low byte, as
// values 0-9; and how many there are without trailing zeros.
inline std::uint64_t fraction_digits(std::uint32_t f, int& width) noexcept
{
    std::uint64_t const d = integer_swar::eight_digits(f) >> 8;
    width = 8 - std::countl_zero(d) / 8;
    return d;
}

/** format_decimal for 1e-7 <= a < 1e8, a = |v|: one scaling by 10^7 finds
    the decimal, when there is one, and its whole and fraction parts are
    written eight digits at a time.
*/
inline char*
format_small(double v, double a, char* out) noexcept
{
    auto const m = static_cast<std::int64_t>(a * 1e7 + 0.5);   // below 10^15
    if(static_cast<double>(m) / 1e7 != a)
        return nullptr;
    auto const whole = static_cast<std::uint32_t>(m / 10'000'000);
    auto const fraction = static_cast<std::uint32_t>(m % 10'000'000);
    constexpr std::uint64_t zeros = 0x3030303030303030ull;
    if(fraction == 0)
    {
        if(whole < 100)   // below 100: from the table of pairs
        {
            if(v < 0)
                *out++ = '-';
            return integer_swar::write_two(whole, out);
        }
        // an integer of n digits, which std::to_chars writes as 1e+06 when shorter
        std::uint64_t const d = integer_swar::eight_digits(whole);
        int const leading = std::countr_zero(d) / 8;   // whole > 0: below 8
        int const n = 8 - leading;
        int const significant = n - std::countl_zero(d) / 8;
        if(n > (significant == 1 ? 1 : significant + 1) + 4)
            return nullptr;
        if(v < 0)
            *out++ = '-';
        std::uint64_t const text = (d + zeros) >> (8 * leading);
        std::memcpy(out, &text, 8);
        return out + n;
    }
    int width = 0;
    std::uint64_t const f = fraction_digits(fraction, width) + (zeros >> 8);
    if(whole != 0)
    {
        if(v < 0)
            *out++ = '-';
        out = whole < 100 ? integer_swar::write_two(whole, out) : integer_swar::write_leading(whole, out);
        *out = '.';
        std::memcpy(out + 1, &f, 8);
        return out + 1 + width;
    }
    // 0.00ddd, unless 1.23e-05 is shorter
    int const significant = width - std::countr_zero(f - (zeros >> 8)) / 8;
    if(2 + width > (significant == 1 ? 1 : significant + 1) + 4)
        return nullptr;
    if(v < 0)
        *out++ = '-';
    out[0] = '0';
    out[1] = '.';
    std::memcpy(out + 2, &f, 8);
    return out + 2 + width;
}

/* Thousandths f (1 to 999) as their three digits, least significant in the
   third byte, and in the top byte how many remain without trailing zeros. */
inline constexpr auto thousandths = [] {
    std::array<std::uint32_t, 1000> t{};
    for(std::uint32_t f = 1; f < 1000; ++f)
    {
        std::uint32_t const d[3] = {f / 100, f / 10 % 10, f % 10};
        std::uint32_t n = 3;
        while(d[n - 1] == 0)
            --n;
        t[f] = ('0' + d[0]) | ('0' + d[1]) << 8 | ('0' + d[2]) << 16 | n << 24;
    }
    return t;
}();

/** format_decimal for |v| < 10^5 with at most three digits after the point,
    the usual double of an API (a duration in milliseconds, a percentage, a
    load): one scaling by 1000 finds it, else nullptr. Zero is one of them,
    with its sign. Stores within [out, out + 16).
*/
SFMODELS_FAST_INLINE char*
format_thousandths(double v, char* out) noexcept
{
    double const a = std::fabs(v);
    if(!(a < 1e5))
        return nullptr;
    auto const m = static_cast<std::int64_t>(a * 1000 + 0.5);   // below 10^8
    if(static_cast<double>(m) / 1000 != a)
        return nullptr;
    auto const whole = static_cast<std::uint32_t>(m) / 1000;
    auto const f = static_cast<std::uint32_t>(m) - 1000 * whole;
    if(std::signbit(v))
        *out++ = '-';
    out = whole < 10000 ? integer_swar::write_four(whole, out) : integer_swar::write_leading(whole, out);
    if(f == 0)
        return out;
    std::uint32_t const digits = thousandths[f];
    *out = '.';
    std::memcpy(out + 1, &digits, 4);
    return out + 1 + (digits >> 24);
}

/** The shortest text of `v` when it is a decimal of at most 15 significant
    digits with at most 7 after the point (what durations, percentages and
    counts usually are), in the form std::to_chars picks; else nullptr.

    If m / 10^k, computed with one correctly rounded division of two exact
    doubles, equals v, then v is the double nearest that decimal. Decimals
    of at most 15 digits map to distinct doubles, so no shorter one reads
    back as v: the digits of m, without trailing zeros, are v's shortest.
    Stores nothing unless it succeeds, then within [out, out + 24).
*/
inline char*
format_decimal_rest(double v, char* out) noexcept;

inline char*
format_decimal(double v, char* out) noexcept
{
    if(char* const e = format_thousandths(v, out))
        return e;
    return format_decimal_rest(v, out);
}

// format_decimal past format_thousandths.
inline char*
format_decimal_rest(double v, char* out) noexcept
{
    double const a = v < 0 ? -v : v;
    if(a >= 1e-7 && a < 1e8)
        return format_small(v, a, out);
    if(!(a >= 1e8 && a < 1e15))
        return nullptr;
    int k = 0;
    std::uint64_t m = 0;
    for(;; ++k)
    {
        if(k == 8)
            return nullptr;
        double const scaled = a * powers_of_ten[k];
        if(scaled >= 1e15)
            return nullptr;
        // signed conversions: x86-64 has single instructions for those
        auto const rounded = static_cast<std::int64_t>(scaled + 0.5);
        if(static_cast<double>(rounded) / powers_of_ten[k] == a)
        {
            m = static_cast<std::uint64_t>(rounded);
            break;
        }
    }
    // the digits of m, and how many there are
    char digits[24] = {};   // write_unsigned may store 7 bytes past the digits
    int const n = static_cast<int>(integer_swar::write_unsigned(m, digits) - digits);
    int zeros = 0;   // trailing, only when k is 0
    if(k == 0)
        while(digits[n - 1 - zeros] == '0')
            ++zeros;
    int const significant = n - zeros;
    int const exponent = n - 1 - k;   // of the leading digit
    int const magnitude = exponent < 0 ? -exponent : exponent;
    int const scientific = (significant == 1 ? 1 : significant + 1) + 2 + (magnitude >= 100 ? 3 : 2);
    int const fixed = k == 0 ? n : n > k ? n + 1 : 2 + k;
    if(fixed > scientific)
        return nullptr;
    if(v < 0)
        *out++ = '-';
    if(k == 0)
    {
        std::memcpy(out, digits, 16);
        return out + n;
    }
    if(n > k)
    {
        std::memcpy(out, digits, 16);
        std::memcpy(out + n - k + 1, digits + n - k, 8);
        out[n - k] = '.';
        return out + n + 1;
    }
    // 0.000ddd
    std::memcpy(out, "0.000000", 8);
    std::memcpy(out + 2 + k - n, digits, 8);
    return out + 2 + k;
}

} // namespace floating_short

} // namespace sfmodels::detail

#endif
