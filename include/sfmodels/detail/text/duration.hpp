#ifndef SFMODELS_DETAIL_TEXT_DURATION_HPP
#define SFMODELS_DETAIL_TEXT_DURATION_HPP

#include <sfmodels/detail/text/digit_writer.hpp>
#include <sfmodels/timestamp.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <type_traits>

namespace sfmodels::detail {

/// Longest output of format_duration: `-P10675198DT23H59M59.9999999S`.
inline constexpr std::size_t duration_text_max = 29;

namespace duration_text {

inline constexpr std::uint64_t second = 10'000'000;
inline constexpr std::uint64_t minute = 60 * second;
inline constexpr std::uint64_t hour = 60 * minute;
inline constexpr std::uint64_t day = 24 * hour;

struct unit
{
    char designator;
    std::uint64_t length; // in ticks
};

// Every component in the order the text must give them; the first three
// belong before 'T', the rest after it. Years and months have the fixed
// lengths XmlConvert gives them when it converts to a TimeSpan.
inline constexpr int unit_count = 6;
inline constexpr unit units[unit_count] = {
    {'Y', 365 * day}, {'M', 30 * day}, {'D', day}, {'H', hour}, {'M', minute}, {'S', second},
};
inline constexpr int first_time_unit = 3;
inline constexpr int seconds_unit = 5;

// Writes v in decimal without leading zeros; returns the end.
constexpr char* put_decimal(std::uint64_t v, char* out) noexcept
{
    if(!std::is_constant_evaluated() && v < 100)
        return integer_swar::write_two(static_cast<unsigned>(v), out);
    char digits[20];
    int n = 0;
    do
        digits[n++] = static_cast<char>('0' + v % 10);
    while((v /= 10) != 0);
    while(n != 0)
        *out++ = digits[--n];
    return out;
}

} // namespace duration_text

/** Parse an ISO 8601 duration as XmlConvert.ToTimeSpan reads it:
    `-?P(nY)?(nM)?(nD)?(T(nH)?(nM)?(n(.f+)?S)?)?`.

    At least one component must be present, and 'T' must be followed by at
    least one. Only the seconds may carry a fraction; digits past the
    seventh are checked but truncated. A year counts as 365 days and a
    month as 30. Each `n` is one or more ASCII digits. A total that does not
    fit in `ticks` is a failure. On failure `out` is left unchanged.
*/
constexpr bool
parse_duration(std::string_view s, ticks& out) noexcept
{
    using namespace duration_text;
    char const* p = s.data();
    char const* const end = p + s.size();
    bool const negative = p != end && *p == '-';
    p += negative;
    if(p == end || *p != 'P')
        return false;
    ++p;

    // The magnitude is summed unsigned: a negative total may reach 2^63.
    std::uint64_t const limit =
        std::uint64_t(std::numeric_limits<std::int64_t>::max()) + negative;
    std::uint64_t total = 0;
    int next = 0;               // index in `units` of the first one still allowed
    int stop = first_time_unit; // one past the last one allowed in this part
    bool empty = true;          // no component yet in this part
    while(p != end)
    {
        if(*p == 'T')
        {
            if(stop != first_time_unit)
                return false;
            next = first_time_unit;
            stop = unit_count;
            empty = true;
            ++p;
            continue;
        }

        char const* const digits = p;
        std::uint64_t n = 0;
        for(; p != end && unsigned(*p - '0') <= 9; ++p)
        {
            auto const d = static_cast<unsigned>(*p - '0');
            if(n > (limit - d) / 10)
                return false;
            n = n * 10 + d;
        }
        if(p == digits || p == end)
            return false;

        // Each digit is worth a tenth of the one before; from the eighth on, nothing.
        std::uint64_t fraction = 0;
        bool const has_fraction = *p == '.';
        if(has_fraction)
        {
            char const* const first = ++p;
            std::uint64_t scale = second;
            for(; p != end && unsigned(*p - '0') <= 9; ++p)
                fraction += static_cast<unsigned>(*p - '0') * (scale /= 10);
            if(p == first || p == end)
                return false;
        }

        int i = next;
        while(i != stop && units[i].designator != *p)
            ++i;
        if(i == stop || (has_fraction && i != seconds_unit))
            return false;
        ++p;
        if(n > (limit - total) / units[i].length)
            return false;
        total += n * units[i].length;
        if(fraction > limit - total)
            return false;
        total += fraction;
        next = i + 1;
        empty = false;
    }
    if(empty)
        return false;
    // Conversion to a signed type is modular in C++20, so 2^63 negates fine.
    out = ticks(static_cast<std::int64_t>(negative ? 0 - total : total));
    return true;
}

/** Write `d` as XmlConvert.ToString(TimeSpan) does, no terminator:
    `-?P(nD)?(T(nH)?(nM)?(n(.f+)?S)?)?`, each component only when nonzero,
    the fraction without trailing zeros, and `PT0S` for zero. Never uses
    years or months.

    @return One past the last char written; at most `duration_text_max`.
*/
constexpr char*
format_duration(ticks d, char* out) noexcept
{
    using namespace duration_text;
    std::int64_t const v = d.count();
    auto magnitude = static_cast<std::uint64_t>(v);
    if(v < 0)
    {
        *out++ = '-';
        magnitude = 0 - magnitude;
    }
    *out++ = 'P';
    if(magnitude == 0)
    {
        out[0] = 'T';
        out[1] = '0';
        out[2] = 'S';
        return out + 3;
    }

    std::uint64_t const days = magnitude / day;
    std::uint64_t const rest = magnitude % day;
    if(days != 0)
    {
        out = put_decimal(days, out);
        *out++ = 'D';
    }
    if(rest == 0)
        return out;

    *out++ = 'T';
    std::uint64_t const hours = rest / hour;
    std::uint64_t const minutes = rest % hour / minute;
    std::uint64_t const seconds = rest % minute / second;
    auto fraction = static_cast<unsigned>(rest % second);
    if(hours != 0)
    {
        out = put_decimal(hours, out);
        *out++ = 'H';
    }
    if(minutes != 0)
    {
        out = put_decimal(minutes, out);
        *out++ = 'M';
    }
    if(seconds != 0 || fraction != 0)
    {
        out = put_decimal(seconds, out);
        if(fraction != 0 && !std::is_constant_evaluated() && std::endian::native == std::endian::little)
        {
            *out++ = '.';
            out = integer_swar::write_fraction_seven(fraction, out);
        }
        else if(fraction != 0)
        {
            *out++ = '.';
            int width = 7;
            for(; fraction % 10 == 0; fraction /= 10)
                --width;
            for(int i = width - 1; i >= 0; --i, fraction /= 10)
                out[i] = static_cast<char>('0' + fraction % 10);
            out += width;
        }
        *out++ = 'S';
    }
    return out;
}

} // namespace sfmodels::detail

#endif
