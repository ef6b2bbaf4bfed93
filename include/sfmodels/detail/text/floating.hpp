#ifndef SFMODELS_DETAIL_TEXT_FLOATING_HPP
#define SFMODELS_DETAIL_TEXT_FLOATING_HPP

#include <sfmodels/detail/inline.hpp>
#include <sfmodels/detail/text/floating_short.hpp>

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

// format_double_padded past its first case, out of line.
SFMODELS_FAST_COLD inline char*
format_double_rest(double v, char* out) noexcept
{
    if(!std::isfinite(v))
        return nullptr;
    if constexpr(std::endian::native == std::endian::little)
        if(char* const e = floating_short::format_decimal_rest(v, out))
            return e;
    // format_thousandths and format_decimal_rest have both declined
    auto const [ptr, ec] = std::to_chars(out, out + double_text_max, v);
    return ec == std::errc() ? ptr : nullptr;
}

/// format_double for a caller with `double_text_max` chars of room, which
/// it may store to past the end it returns.
SFMODELS_FAST_INLINE char*
format_double_padded(double v, char* out) noexcept
{
    if constexpr(std::endian::native == std::endian::little)
        if(char* const e = floating_short::format_thousandths(v, out))
            return e;
    return format_double_rest(v, out);
}

} // namespace sfmodels::detail

#endif
