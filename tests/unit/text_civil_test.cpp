#include <sfmodels/detail/text/civil.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>

namespace {
namespace text_civil_test {

using sfmodels::detail::civil_from_days;
using sfmodels::detail::civil_from_days_four_digit;
using sfmodels::detail::days_from_civil;
using sfmodels::detail::last_day_of_month;

namespace chrono = std::chrono;

TEST(TextCivil, CivilAlgorithmsMatchStdChronoOnEveryDay)
{
    auto const first = chrono::sys_days(chrono::year(-1) / 1 / 1).time_since_epoch().count();
    auto const last = chrono::sys_days(chrono::year(10001) / 12 / 31).time_since_epoch().count();
    for(std::int64_t z = first; z <= last; ++z)
    {
        chrono::year_month_day const expected{chrono::sys_days(chrono::days(z))};
        auto const date = civil_from_days(z);
        if(date.year != int(expected.year()) || date.month != unsigned(expected.month()) ||
           date.day != unsigned(expected.day()))
            FAIL() << "civil_from_days(" << z << ") = " << date.year << '-' << date.month << '-'
                   << date.day;
        if(days_from_civil(date.year, date.month, date.day) != z)
            FAIL() << "days_from_civil disagrees at " << z;
    }
}

TEST(TextCivil, FourDigitYearsAgreeWithTheGeneralAlgorithm)
{
    auto const first = chrono::sys_days(chrono::year(0) / 1 / 1).time_since_epoch().count();
    auto const last = chrono::sys_days(chrono::year(9999) / 12 / 31).time_since_epoch().count();
    for(std::int64_t z = first; z <= last; ++z)
    {
        auto const a = civil_from_days(z);
        auto const b = civil_from_days_four_digit(z);
        if(a.year != b.year || a.month != b.month || a.day != b.day)
            FAIL() << "civil_from_days_four_digit(" << z << ") = " << b.year << '-' << b.month << '-' << b.day;
    }
}

TEST(TextCivil, LastDayOfMonthMatchesStdChrono)
{
    for(int y = 0; y <= 2400; ++y)
        for(unsigned m = 1; m <= 12; ++m)
        {
            chrono::year_month_day_last const ymdl{chrono::year(y) / chrono::month(m) / chrono::last};
            ASSERT_EQ(last_day_of_month(y, m), unsigned(ymdl.day())) << y << '-' << m;
        }
}

} // namespace text_civil_test
} // namespace
