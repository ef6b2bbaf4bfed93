#ifndef SFMODELS_DETAIL_TEXT_TIMESTAMP_HPP
#define SFMODELS_DETAIL_TEXT_TIMESTAMP_HPP

#include <sfmodels/detail/text/civil.hpp>
#include <sfmodels/detail/text/integer.hpp>
#include <sfmodels/detail/text/timestamp_utc.hpp>
#include <sfmodels/timestamp.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace sfmodels::detail {

/// Longest output of format_timestamp: `YYYY-MM-DDTHH:MM:SS.fffffffZ`.
inline constexpr std::size_t timestamp_text_max = 28;

/// Ticks of 0001-01-01T00:00:00Z, the instant clusters send for "unset".
inline constexpr std::int64_t unset_timestamp_ticks = days_from_civil(1, 1, 1) * 86400 * 10'000'000;

// Value of the `n` decimal digits at `p`, or -1 if any is not a digit.
constexpr int
parse_digits(char const* p, int n) noexcept
{
    int v = 0;
    for(int i = 0; i < n; ++i)
    {
        unsigned const d = static_cast<unsigned char>(p[i]) - unsigned('0');
        if(d > 9)
            return -1;
        v = v * 10 + static_cast<int>(d);
    }
    return v;
}

/// Whether `t` lies in 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.9999999Z,
/// the instants format_timestamp can write.
constexpr bool
timestamp_in_range(timestamp t) noexcept
{
    constexpr std::int64_t per_day = std::int64_t(86400) * 10'000'000;
    std::int64_t const n = t.time_since_epoch().count();
    return n >= days_from_civil(0, 1, 1) * per_day && n < days_from_civil(10000, 1, 1) * per_day;
}

// parse_timestamp without the word-at-a-time reading (below).
constexpr bool
parse_timestamp_any(std::string_view s, timestamp& out) noexcept;

/** Parse an RFC 3339 date-time, `YYYY-MM-DDTHH:MM:SS[.F+](Z|+HH:MM|-HH:MM)`.

    'T' and 'Z' may be lower case. Fraction digits past the seventh are
    checked but truncated. The offset is applied, so `out` is in UTC.
    On failure `out` is left unchanged.
*/
constexpr bool
parse_timestamp(std::string_view s, timestamp& out) noexcept
{
    if(!std::is_constant_evaluated() && (s.size() == 20 || s.size() == 28) &&
       timestamp_swar::parse_utc(s.data(), s.size(), out))
        return true;
    return parse_timestamp_any(s, out);
}

// parse_timestamp, every form read byte by byte.
constexpr bool
parse_timestamp_any(std::string_view s, timestamp& out) noexcept
{
    if(s.size() < 20)
        return false;
    char const* const p = s.data();
    char const* const end = p + s.size();
    int const year = parse_digits(p, 4);
    int const month = parse_digits(p + 5, 2);
    int const day = parse_digits(p + 8, 2);
    int const hour = parse_digits(p + 11, 2);
    int const minute = parse_digits(p + 14, 2);
    int const second = parse_digits(p + 17, 2);
    if((year | month | day | hour | minute | second) < 0 || p[4] != '-' ||
       p[7] != '-' || (p[10] | 0x20) != 't' || p[13] != ':' || p[16] != ':')
        return false;
    // A leap second (:60) has no tick count of its own, so it is rejected.
    if(month < 1 || month > 12 || day < 1 ||
       unsigned(day) > last_day_of_month(year, unsigned(month)) ||
       hour > 23 || minute > 59 || second > 59)
        return false;

    char const* q = p + 19;
    std::int64_t fraction = 0;
    if(*q == '.')
    {
        int digits = 0;
        for(++q; q != end && unsigned(*q - '0') <= 9; ++q, ++digits)
            if(digits < 7)
                fraction = fraction * 10 + (*q - '0');
        if(digits == 0)
            return false;
        for(; digits < 7; ++digits)
            fraction *= 10;
    }

    int offset = 0;
    if(end - q == 6 && (*q == '+' || *q == '-') && q[3] == ':')
    {
        int const oh = parse_digits(q + 1, 2);
        int const om = parse_digits(q + 4, 2);
        if(oh < 0 || om < 0 || oh > 23 || om > 59)
            return false;
        offset = (*q == '-' ? -60 : 60) * (oh * 60 + om);
    }
    else if(end - q != 1 || (*q | 0x20) != 'z')
        return false;

    std::int64_t const seconds =
        days_from_civil(year, unsigned(month), unsigned(day)) * 86400 +
        hour * 3600 + minute * 60 + second - offset;
    out = timestamp(ticks(seconds * 10'000'000 + fraction));
    return true;
}

/** Write `t` as `YYYY-MM-DDTHH:MM:SS[.fffffff]Z`, no terminator; the fraction
    is omitted when zero, else written without trailing zeros.

    @return One past the last char written, or nullptr when `t` lies outside
    0000-01-01T00:00:00Z to 9999-12-31T23:59:59.9999999Z.
*/
constexpr char*
format_timestamp(timestamp t, char* out) noexcept
{
    constexpr std::int64_t per_day = std::int64_t(86400) * 10'000'000;
    constexpr std::int64_t first_day = days_from_civil(0, 1, 1);
    constexpr std::int64_t min = first_day * per_day;
    constexpr std::int64_t max = days_from_civil(10000, 1, 1) * per_day - 1;
    // Counting from `min` keeps every quotient and remainder non-negative.
    auto const since_min = static_cast<std::uint64_t>(t.time_since_epoch().count()) - static_cast<std::uint64_t>(min);
    if(since_min > static_cast<std::uint64_t>(max - min))
        return nullptr;
    if(!std::is_constant_evaluated() && since_min == static_cast<std::uint64_t>(unset_timestamp_ticks - min))
    {
        // .NET's DateTime.MinValue: how a cluster sends a time it does not have
        std::memcpy(out, "0001-01-01T00:00:00Z", 20);
        return out + 20;
    }
    civil_date const date = civil_from_days_four_digit(first_day + static_cast<std::int64_t>(since_min / per_day));
    auto const in_day = since_min % per_day;
    auto const secs = static_cast<unsigned>(in_day / 10'000'000);
    auto fraction = static_cast<unsigned>(in_day % 10'000'000);

    if(!std::is_constant_evaluated() && std::endian::native == std::endian::little)
    {
        // two digits at a time from a table, the fraction's seven at once
        auto const put2 = [&out](unsigned v, char sep) noexcept {
            std::memcpy(out, digit_pairs + 2 * v, 2);
            out[2] = sep;
            out += 3;
        };
        auto const year = static_cast<unsigned>(date.year);
        std::memcpy(out, digit_pairs + 2 * (year / 100), 2);
        out += 2;
        put2(year % 100, '-');
        put2(date.month, '-');
        put2(date.day, 'T');
        put2(secs / 3600, ':');
        put2(secs / 60 % 60, ':');
        put2(secs % 60, 'Z');
        if(fraction != 0)
        {
            out[-1] = '.';
            out = integer_swar::write_fraction_seven(fraction, out);
            *out++ = 'Z';
        }
        return out;
    }
    auto const put = [&out](unsigned v, int width, char sep) noexcept {
        for(int i = width - 1; i >= 0; --i, v /= 10)
            out[i] = static_cast<char>('0' + v % 10);
        out[width] = sep;
        out += width + 1;
    };
    put(static_cast<unsigned>(date.year), 4, '-');
    put(date.month, 2, '-');
    put(date.day, 2, 'T');
    put(secs / 3600, 2, ':');
    put(secs / 60 % 60, 2, ':');
    put(secs % 60, 2, 'Z');
    if(fraction != 0)
    {
        out[-1] = '.';
        int width = 7;
        for(; fraction % 10 == 0; fraction /= 10)
            --width;
        put(fraction, width, 'Z');
    }
    return out;
}

} // namespace sfmodels::detail

#endif
