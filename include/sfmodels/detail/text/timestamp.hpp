#ifndef SFMODELS_DETAIL_TEXT_TIMESTAMP_HPP
#define SFMODELS_DETAIL_TEXT_TIMESTAMP_HPP

#include <sfmodels/detail/text/integer.hpp>
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

struct civil_date
{
    int year;
    unsigned month; // [1, 12]
    unsigned day;   // [1, 31]
};

// Proleptic Gregorian days since 1970-01-01: howardhinnant.github.io/date_algorithms.html
constexpr std::int64_t
days_from_civil(int y, unsigned m, unsigned d) noexcept
{
    y -= m <= 2;
    int const era = (y >= 0 ? y : y - 399) / 400;
    auto const yoe = static_cast<unsigned>(y - era * 400);
    unsigned const doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    unsigned const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return std::int64_t(era) * 146097 + doe - 719468;
}

constexpr civil_date
civil_from_days(std::int64_t z) noexcept
{
    z += 719468;
    std::int64_t const era = (z >= 0 ? z : z - 146096) / 146097;
    auto const doe = static_cast<unsigned>(z - era * 146097);
    unsigned const yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned const doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned const mp = (5 * doy + 2) / 153;
    unsigned const m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(yoe + era * 400) + (m <= 2), m, doy - (153 * mp + 2) / 5 + 1};
}

constexpr unsigned
last_day_of_month(int y, unsigned m) noexcept
{
    if(m == 2)
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28;
    return m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
}

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

namespace timestamp_swar {

inline constexpr std::uint64_t ones = 0x0101010101010101ull;

// Whether the bytes of w that `digits` marks (0xff each) are decimal digits.
inline bool all_digits(std::uint64_t w, std::uint64_t digits) noexcept
{
    std::uint64_t const high = w & digits & ones * 0xf0;
    std::uint64_t const low = w & digits & ones * 0x0f;
    return ((high ^ (digits & ones * 0x30)) | ((low + (digits & ones * 0x06)) & ones * 0xf0)) == 0;
}

// Byte i of the result: 10 * (digit at byte i) + (digit at byte i + 1), for
// the digit bytes that `digits` marks (checked by all_digits).
inline std::uint64_t digit_pairs(std::uint64_t w, std::uint64_t digits) noexcept
{
    std::uint64_t const d = w & digits & ones * 0x0f;
    return d * 10 + (d >> 8);
}

inline unsigned byte(std::uint64_t w, int i) noexcept { return static_cast<unsigned>(w >> 8 * i) & 0xff; }

inline std::uint64_t load(char const* p) noexcept
{
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

/** The forms servers send, `YYYY-MM-DDTHH:MM:SSZ` and
    `YYYY-MM-DDTHH:MM:SS.fffffffZ` (n is 20 or 28), a word at a time: true
    when it read one of them, false for anything else (which the general
    parser then decides on). Little-endian targets only.
*/
inline bool parse_utc(char const* p, std::size_t n, timestamp& out) noexcept
{
    if constexpr (std::endian::native != std::endian::little)
        return false;
    // "YYYY-MM-" "DDT" "HH:MM:SS"
    constexpr std::uint64_t date_digits = 0x00ffff00ffffffffull, date_dashes = 0xff0000ff00000000ull;
    constexpr std::uint64_t day_digits = 0x000000000000ffffull;
    constexpr std::uint64_t time_digits = 0xffff00ffff00ffffull, time_colons = 0x0000ff0000ff0000ull;
    std::uint64_t const date = load(p), day = load(p + 8), time = load(p + 11);
    bool const shape = (date & date_dashes) == (date_dashes & ones * '-') && (p[10] | 0x20) == 't' &&
                       (time & time_colons) == (time_colons & ones * ':') && all_digits(date, date_digits) &&
                       all_digits(day, day_digits) && all_digits(time, time_digits);
    if (!shape)
        return false;
    std::int64_t fraction = 0;
    if (n == 28) {
        // ".fffffffZ": seven digits, as the value of "0fffffff"
        std::uint64_t const f = load(p + 20);
        constexpr std::uint64_t fraction_digits = 0x00ffffffffffffffull;
        if (p[19] != '.' || (p[27] | 0x20) != 'z' || !all_digits(f, fraction_digits))
            return false;
        std::uint64_t v = (f & fraction_digits & ones * 0x0f) << 8;
        v = (v * 10 + (v >> 8)) & 0x00ff00ff00ff00ffull;
        v = (v * 100 + (v >> 16)) & 0x0000ffff0000ffffull;
        fraction = static_cast<std::int64_t>((v * 10000 + (v >> 32)) & 0xffffffffull);
    } else if (n != 20 || (p[19] | 0x20) != 'z')
        return false;
    std::uint64_t const dp = digit_pairs(date, date_digits), tp = digit_pairs(time, time_digits);
    int const year = static_cast<int>(byte(dp, 0) * 100 + byte(dp, 2));
    unsigned const month = byte(dp, 5), d = byte(digit_pairs(day, day_digits), 0);
    unsigned const hour = byte(tp, 0), minute = byte(tp, 3), second = byte(tp, 6);
    if (month - 1 > 11 || d == 0 || d > last_day_of_month(year, month) || hour > 23 || minute > 59 || second > 59)
        return false;
    // days_from_civil for a year of 0 to 9999, 400 years (146097 days) later
    // so that every number stays unsigned
    unsigned const y = static_cast<unsigned>(year) + 400 - (month <= 2);
    unsigned const era = y / 400, yoe = y - era * 400;
    unsigned const doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + d - 1;
    unsigned const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    std::int64_t const days = std::int64_t(era) * 146097 + doe - 719468 - 146097;
    std::int64_t const seconds = days * 86400 + hour * 3600 + minute * 60 + second;
    out = timestamp(ticks(seconds * 10'000'000 + fraction));
    return true;
}

} // namespace timestamp_swar

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

/** civil_from_days for the days of the years 0000-9999, in 32-bit
    multiplies and shifts only: Neri and Schneider's "Euclidean affine
    functions" (2021), shifted by 82 eras so that every value stays unsigned.
*/
constexpr civil_date
civil_from_days_four_digit(std::int64_t z) noexcept
{
    constexpr std::uint32_t eras = 82, shift = 719468 + 146097 * eras;
    auto const n = static_cast<std::uint32_t>(z + shift);
    std::uint32_t const n1 = 4 * n + 3;
    std::uint32_t const century = n1 / 146097;
    std::uint32_t const n2 = n1 % 146097 / 4 * 4 + 3;
    std::uint64_t const p2 = std::uint64_t(2939745) * n2;
    auto const year_of_century = static_cast<std::uint32_t>(p2 >> 32);
    std::uint32_t const day_of_year = static_cast<std::uint32_t>(p2) / 2939745 / 4; // from March 1st
    std::uint32_t const n3 = 2141 * day_of_year + 197913;
    std::uint32_t const january = day_of_year >= 306;
    return {static_cast<int>(100 * century + year_of_century - 400 * eras + january),
            (n3 >> 16) - 12 * january, (n3 & 0xffff) / 2141 + 1};
}

// "00" "01" ... "99"
inline constexpr char digit_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

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
    std::int64_t const n = t.time_since_epoch().count();
    if(n < min || n > max)
        return nullptr;

    // Counting from `min` keeps every quotient and remainder non-negative.
    std::int64_t const since_min = n - min;
    civil_date const date = civil_from_days_four_digit(first_day + since_min / per_day);
    auto const in_day = static_cast<std::uint64_t>(since_min % per_day);
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
            // digits of fraction, most significant first in the low byte
            std::uint64_t const d = integer_swar::eight_digits(fraction) >> 8;
            int const width = 8 - std::countl_zero(d) / 8;
            std::uint64_t const text = d + 0x0030303030303030ull;
            out[-1] = '.';
            if(width >= 4)
            {
                // the first four digits and the last four, overlapping
                auto const head = static_cast<std::uint32_t>(text);
                auto const tail = static_cast<std::uint32_t>(text >> (8 * (width - 4)));
                std::memcpy(out, &head, 4);
                std::memcpy(out + width - 4, &tail, 4);
            }
            else
                for(int i = 0; i < width; ++i)
                    out[i] = static_cast<char>(text >> (8 * i));
            out += width;
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
