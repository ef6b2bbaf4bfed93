#ifndef SFMODELS_DETAIL_TEXT_CIVIL_HPP
#define SFMODELS_DETAIL_TEXT_CIVIL_HPP

// The proleptic Gregorian calendar: days since 1970-01-01 to and from a date.

#include <cstdint>

namespace sfmodels::detail {

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

} // namespace sfmodels::detail

#endif
