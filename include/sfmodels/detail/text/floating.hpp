#ifndef SFMODELS_DETAIL_TEXT_FLOATING_HPP
#define SFMODELS_DETAIL_TEXT_FLOATING_HPP

#include <sfmodels/detail/text/integer.hpp>

#include <bit>
#include <charconv>
#include <cstring>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <system_error>

namespace sfmodels::detail {

/** Longest output of format_double: `-2.2250738585072014e-308`.

    The shortest form has at most 17 significant digits and an exponent of
    at most three; std::to_chars picks plain notation only when it is no
    longer than the scientific one.
*/
inline constexpr std::size_t double_text_max = 24;

/** Parse a JSON number, `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`,
    the whole of `s`, to the nearest double.

    A magnitude too large for a double is a failure; one too small for the
    smallest subnormal becomes a zero of the same sign. On failure `out` is
    left unchanged.
*/
inline bool
parse_double(std::string_view s, double& out) noexcept
{
    char const* const first = s.data();
    char const* const end = first + s.size();
    char const* p = first;
    auto const is_digit = [](char c) noexcept { return unsigned(c - '0') <= 9; };
    auto const skip_digits = [&p, end, is_digit]() noexcept {
        char const* const start = p;
        while(p != end && is_digit(*p))
            ++p;
        return p - start;
    };

    bool const negative = p != end && *p == '-';
    p += negative;
    // The decimal exponent of the leading nonzero digit, plus one, before
    // the explicit exponent is added: 0.05 gives -1, 5 gives 1, 50 gives 2.
    std::int64_t position = 0;
    bool zero = false;
    if(p != end && *p == '0')
    {
        ++p;
        zero = true;
    }
    else if(std::ptrdiff_t const n = skip_digits(); n != 0)
        position = n;
    else
        return false;
    if(p != end && *p == '.')
    {
        ++p;
        char const* const digits = p;
        if(skip_digits() == 0)
            return false;
        if(zero)
        {
            char const* q = digits;
            while(q != p && *q == '0')
                ++q;
            zero = q == p;
            position = digits - q;
        }
    }
    std::int64_t exponent = 0;
    if(p != end && (*p | 0x20) == 'e')
    {
        ++p;
        bool const minus = p != end && *p == '-';
        p += p != end && (*p == '-' || *p == '+');
        if(p == end || !is_digit(*p))
            return false;
        // Saturate far beyond any exponent that could still matter.
        for(; p != end && is_digit(*p); ++p)
            if(exponent < 1'000'000'000)
                exponent = exponent * 10 + (*p - '0');
        if(minus)
            exponent = -exponent;
    }
    if(p != end)
        return false;

    double v;
    auto const [ptr, ec] = std::from_chars(first, end, v);
    if(ptr != end)
        return false;
    if(ec == std::errc::result_out_of_range)
    {
        // from_chars reports underflow and overflow alike, without a value.
        if(!zero && position + exponent > 0)
            return false;
        v = negative ? -0.0 : 0.0;
    }
    else if(ec != std::errc() || std::isinf(v))
        return false;
    out = v;
    return true;
}

namespace floating_short {

inline constexpr double powers_of_ten[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7};

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
format_decimal(double v, char* out) noexcept
{
    double const a = v < 0 ? -v : v;
    if(!(a >= 1e-7 && a < 1e15))
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
        m = static_cast<std::uint64_t>(scaled + 0.5);
        if(static_cast<double>(m) / powers_of_ten[k] == a)
            break;
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

/** Write the shortest text that reads back as `v`, no terminator.

    @return One past the last char written, at most `double_text_max`; or
    nullptr for NaN and the infinities, which JSON cannot carry.
*/
inline char*
format_double(double v, char* out) noexcept
{
    if(!std::isfinite(v))
        return nullptr;
    if constexpr(std::endian::native == std::endian::little)
    {
        char text[double_text_max];
        if(char const* const e = floating_short::format_decimal(v, text))
        {
            auto const n = static_cast<std::size_t>(e - text);
            std::memcpy(out, text, n);
            return out + n;
        }
    }
    auto const [ptr, ec] = std::to_chars(out, out + double_text_max, v);
    return ec == std::errc() ? ptr : nullptr;
}

/// format_double for a caller with `double_text_max` chars of room, which
/// it may store to past the end it returns.
inline char*
format_double_padded(double v, char* out) noexcept
{
    if constexpr(std::endian::native == std::endian::little)
        if(std::isfinite(v))
            if(char* const e = floating_short::format_decimal(v, out))
                return e;
    return format_double(v, out);
}

} // namespace sfmodels::detail

#endif
