#ifndef SFMODELS_DETAIL_TEXT_TIMESTAMP_UTC_HPP
#define SFMODELS_DETAIL_TEXT_TIMESTAMP_UTC_HPP

// The two forms of date-time servers send, read without a byte loop.

#include <sfmodels/detail/text/civil.hpp>
#include <sfmodels/detail/sse2.hpp>
#include <sfmodels/timestamp.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace sfmodels::detail {

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

// Where the digits are in "YYYY-MM-" "DDT" "HH:MM:SS" and ".fffffffZ".
inline constexpr std::uint64_t date_digits = 0x00ffff00ffffffffull, day_digits = 0x000000000000ffffull;
inline constexpr std::uint64_t time_digits = 0xffff00ffff00ffffull, fraction_digits = 0x00ffffffffffffffull;

/** Whether the n chars at p are `YYYY-MM-DDTHH:MM:SSZ` (n == 20) or
    `YYYY-MM-DDTHH:MM:SS.fffffffZ` (n == 28), with a digit wherever the
    pattern has one and 'T' and 'Z' in either case; a word at a time.
*/
inline bool utc_shape_swar(char const* p, std::size_t n) noexcept
{
    constexpr std::uint64_t date_dashes = 0xff0000ff00000000ull, time_colons = 0x0000ff0000ff0000ull;
    std::uint64_t const date = load(p), day = load(p + 8), time = load(p + 11);
    bool const shape = (date & date_dashes) == (date_dashes & ones * '-') && (p[10] | 0x20) == 't' &&
                       (time & time_colons) == (time_colons & ones * ':') && all_digits(date, date_digits) &&
                       all_digits(day, day_digits) && all_digits(time, time_digits);
    if (n == 28)
        return shape && p[19] == '.' && (p[27] | 0x20) == 'z' && all_digits(load(p + 20), fraction_digits);
    return shape && n == 20 && (p[19] | 0x20) == 'z';
}

#ifdef SFMODELS_SSE2
/** utc_shape_swar sixteen bytes at a time: the first sixteen and the last,
    each compared with its pattern, digit places and separators at once.
*/
inline bool utc_shape_sse2(char const* p, std::size_t n) noexcept
{
    // bit i of `digits`: byte i a digit, else the byte of `seps`, after or-ing `lower` (for 'T', 'Z')
    auto const matches = [](char const* q, unsigned digits, __m128i seps, __m128i lower) noexcept {
        __m128i const v = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<__m128i const*>(q)), lower);
        __m128i const d = _mm_sub_epi8(v, _mm_set1_epi8('0'));
        auto const digit = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d)));
        auto const sep = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, seps)));
        return ((digit & digits) | (sep & ~digits & 0xffffu)) == 0xffffu;
    };
    // "YYYY-MM-DDTHH:MM"
    bool const head = matches(p, 0xdb6fu, _mm_setr_epi8(0, 0, 0, 0, '-', 0, 0, '-', 0, 0, 't', 0, 0, ':', 0, 0),
                              _mm_setr_epi8(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x20, 0, 0, 0, 0, 0));
    if (n == 28)   // "H:MM:SS.fffffffZ"
        return head & matches(p + 12, 0x7f6du, _mm_setr_epi8(0, ':', 0, 0, ':', 0, 0, '.', 0, 0, 0, 0, 0, 0, 0, 'z'),
                              _mm_setr_epi8(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x20));
    // "-MM-DDTHH:MM:SSZ"
    return n == 20 && head &
           matches(p + 4, 0x6db6u, _mm_setr_epi8('-', 0, 0, '-', 0, 0, 't', 0, 0, ':', 0, 0, ':', 0, 0, 'z'),
                   _mm_setr_epi8(0, 0, 0, 0, 0, 0, 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0x20));
}
#endif

inline bool utc_shape(char const* p, std::size_t n) noexcept
{
#ifdef SFMODELS_SSE2
    return utc_shape_sse2(p, n);
#else
    return utc_shape_swar(p, n);
#endif
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
    if (!utc_shape(p, n))
        return false;
    // "YYYY-MM-" "DDT" "HH:MM:SS", and for n == 28 ".fffffffZ" as the value of "0fffffff"
    std::uint64_t const date = load(p), day = load(p + 8), time = load(p + 11);
    std::int64_t fraction = 0;
    if (n == 28) {
        std::uint64_t v = (load(p + 20) & 0x000f0f0f0f0f0f0full) << 8;
        v = (v * 10 + (v >> 8)) & 0x00ff00ff00ff00ffull;
        v = (v * 100 + (v >> 16)) & 0x0000ffff0000ffffull;
        fraction = static_cast<std::int64_t>((v * 10000 + (v >> 32)) & 0xffffffffull);
    }
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

} // namespace sfmodels::detail

#endif
