#include <sfmodels/detail/text/timestamp.hpp>

#include <gtest/gtest.h>

#include <cstdint>

// The formatter's own date arithmetic against the reference one.

namespace {
namespace text_timestamp_format_test {

using sfmodels::detail::civil_from_days;
using sfmodels::detail::civil_from_days_four_digit;
using sfmodels::detail::days_from_civil;

TEST(TextTimestampFormat, FourDigitCivilDatesMatchTheReferenceOnEveryDay)
{
    std::int64_t const first = days_from_civil(0, 1, 1), last = days_from_civil(9999, 12, 31);
    for (std::int64_t z = first; z <= last; ++z) {
        auto const want = civil_from_days(z), got = civil_from_days_four_digit(z);
        if (got.year != want.year || got.month != want.month || got.day != want.day)
            FAIL() << "day " << z << ": " << got.year << '-' << got.month << '-' << got.day;
    }
    static_assert(civil_from_days_four_digit(0).year == 1970);
    static_assert(civil_from_days_four_digit(-719528).year == 0);
}

} // namespace text_timestamp_format_test
} // namespace
