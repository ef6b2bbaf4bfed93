#include <support/oracle.hpp>

#include <sfmodels/codec.hpp>
#include "support/seed_types.hpp"

#include <support/fixtures.hpp>
#include <support/shapes.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

namespace {
namespace oracle_test {

namespace oracle = sfmodels::test::oracle;
using oracle::integer_status;

constexpr std::int64_t int32_min = std::numeric_limits<std::int32_t>::min();
constexpr std::int64_t int32_max = std::numeric_limits<std::int32_t>::max();
constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();
constexpr std::uint64_t uint64_max = std::numeric_limits<std::uint64_t>::max();

// --- the reference parsers -------------------------------------------------

TEST(OracleInteger, AcceptsTheJsonIntegerGrammarOnly)
{
    struct row
    {
        std::string_view text;
        std::int64_t value;
    };
    for (row r : {row{"0", 0}, row{"-0", 0}, row{"7", 7}, row{"-1", -1}, row{"10", 10}, row{"1234567890", 1234567890},
                  row{"9223372036854775807", int64_max}, row{"-9223372036854775808", int64_min}}) {
        auto const i = oracle::parse_integer<std::int64_t>(r.text);
        EXPECT_EQ(i.status, integer_status::ok) << r.text;
        EXPECT_EQ(i.value, r.value) << r.text;
    }
    for (std::string_view bad : {"", "-", "+1", "+0", "01", "-01", "00", " 1", "1 ", "1.0", "1e2", "1E2", "0x10", "--1",
                                 "1-", "\xd9\xa1", "\xef\xbc\x91"}) {
        EXPECT_EQ(oracle::parse_integer<std::int64_t>(bad).status, integer_status::not_an_integer)
            << '"' << bad << '"';
        EXPECT_EQ(oracle::parse_integer<std::uint64_t>(bad).status, integer_status::not_an_integer)
            << '"' << bad << '"';
    }
    EXPECT_EQ(oracle::parse_integer<std::int64_t>(std::string_view("1\0", 2)).status, integer_status::not_an_integer);
}

TEST(OracleInteger, ChecksTheRange)
{
    for (std::string_view big : {"9223372036854775808", "-9223372036854775809", "18446744073709551616",
                                 "99999999999999999999", "100000000000000000000000000000"})
        EXPECT_EQ(oracle::parse_integer<std::int64_t>(big).status, integer_status::out_of_range) << big;

    EXPECT_EQ(oracle::parse_integer<std::int32_t>("2147483647").value, int32_max);
    EXPECT_EQ(oracle::parse_integer<std::int32_t>("-2147483648").value, int32_min);
    for (std::string_view big : {"2147483648", "-2147483649", "4294967295", "9223372036854775808"})
        EXPECT_EQ(oracle::parse_integer<std::int32_t>(big).status, integer_status::out_of_range) << big;

    EXPECT_EQ(oracle::parse_integer<std::uint64_t>("18446744073709551615").value, uint64_max);
    EXPECT_EQ(oracle::parse_integer<std::uint64_t>("-0").value, 0u);
    for (std::string_view bad : {"18446744073709551616", "-1", "-18446744073709551615"})
        EXPECT_EQ(oracle::parse_integer<std::uint64_t>(bad).status, integer_status::out_of_range) << bad;
}

TEST(OracleInteger, FromNumbersNeverThroughADouble)
{
    auto const number = [](std::string_view text) {
        return oracle::integer_from_number<std::int64_t>(boost::json::parse(text));
    };
    EXPECT_EQ(number("9223372036854775807").value, int64_max);
    EXPECT_EQ(number("-9223372036854775808").value, int64_min);
    EXPECT_EQ(number("131366982707950527").value, 131366982707950527);   // not a double
    EXPECT_EQ(number("-0").value, 0);
    EXPECT_EQ(number("9223372036854775808").status, integer_status::out_of_range);   // a uint64
    for (std::string_view bad : {"1.0", "1e2", "-0.0", "0.5", "-9223372036854775809", "18446744073709551616"})
        EXPECT_NE(number(bad).status, integer_status::ok) << bad;   // doubles
    EXPECT_EQ(oracle::integer_from_number<std::int32_t>(boost::json::parse("2147483648")).status,
              integer_status::out_of_range);
    EXPECT_EQ(oracle::integer_from_number<std::int32_t>(boost::json::parse("-2147483648")).value, int32_min);
    EXPECT_EQ(oracle::integer_from_number<std::uint64_t>(boost::json::parse("18446744073709551615")).value,
              uint64_max);
    EXPECT_EQ(oracle::integer_from_number<std::uint64_t>(boost::json::parse("-1")).status,
              integer_status::out_of_range);
}

TEST(OracleInteger, Unsigned32)
{
    constexpr std::uint64_t uint32_max = std::numeric_limits<std::uint32_t>::max();
    EXPECT_EQ(oracle::parse_integer<std::uint32_t>("4294967295").value, uint32_max);
    EXPECT_EQ(oracle::parse_integer<std::uint32_t>("-0").status, integer_status::ok);
    for (std::string_view big : {"4294967296", "-1", "18446744073709551615", "-2147483648"})
        EXPECT_EQ(oracle::parse_integer<std::uint32_t>(big).status, integer_status::out_of_range) << big;
    EXPECT_EQ(oracle::integer_from_number<std::uint32_t>(boost::json::parse("4294967295")).value, uint32_max);
    EXPECT_EQ(oracle::integer_from_number<std::uint32_t>(boost::json::parse("4294967296")).status,
              integer_status::out_of_range);
    EXPECT_EQ(oracle::integer_from_number<std::uint32_t>(boost::json::parse("-1")).status,
              integer_status::out_of_range);
    EXPECT_EQ(oracle::integer_from_number<std::uint32_t>(boost::json::parse("1.0")).status,
              integer_status::not_an_integer);
}

// Every integer kind the codec has is a check<> of the oracle, read from a number or a string.
template<class Int>
void expect_integer_kind(std::string_view max_text)
{
    using L = std::numeric_limits<Int>;
    boost::json::value const as_string = boost::json::string(max_text);
    EXPECT_EQ(oracle::mismatch(as_string, L::max()), "") << max_text;
    EXPECT_EQ(oracle::mismatch(boost::json::parse(max_text), L::max()), "") << max_text;
    EXPECT_NE(oracle::mismatch(boost::json::parse(max_text), static_cast<Int>(L::max() - 1)), "") << max_text;
    EXPECT_EQ(oracle::mismatch(boost::json::parse("\"-0\""), Int{0}), "");
    for (std::string_view bad : {"1.0", "1e2", "\"1.0\"", "\"1e2\"", "\" 1\"", "true", "[]", "{}"})
        EXPECT_TRUE(oracle::judge<Int>(boost::json::parse(bad)).outcome == oracle::verdict::reject) << bad;
    std::string const one_more = std::string(max_text.substr(0, max_text.size() - 1)) +
                                 static_cast<char>(max_text.back() + 1);   // the maxima end in 5 or 7
    EXPECT_NE(oracle::judge<Int>(boost::json::string(one_more)).why.find("out of range"), std::string::npos)
        << one_more;
}

TEST(OracleInteger, EveryIntegerKind)
{
    expect_integer_kind<std::int32_t>("2147483647");
    expect_integer_kind<std::int64_t>("9223372036854775807");
    expect_integer_kind<std::uint32_t>("4294967295");
    expect_integer_kind<std::uint64_t>("18446744073709551615");
    EXPECT_NE(oracle::judge<std::uint32_t>(boost::json::parse("-1")).why.find("out of range for an unsigned 32-bit"),
              std::string::npos);
}

TEST(OracleDouble, TheJsonNumberGrammarOnly)
{
    for (std::string_view good : {"0", "-0", "1", "-1", "10", "0.5", "-0.0", "1e5", "1E5", "1e+5", "1e-5", "1.5E-05",
                                  "123456789012345678901234567890", "0.000", "9e0", "0e0"})
        EXPECT_TRUE(oracle::is_json_number(good)) << good;
    for (std::string_view bad : {"", "-", "+1", "01", "-01", "00", "1.", ".5", "-.5", "1e", "1e+", "1e-", "1.e5",
                                 "0x10",
                                 "inf", "-inf", "nan", "NaN", "Infinity", " 1", "1 ", "1.5f", "1,5", "--1", "1e5.5",
                                 "1e5e5", "1E+-5", "\xd9\xa1", "0.5\n"})
        EXPECT_FALSE(oracle::is_json_number(bad)) << '"' << bad << '"';
    EXPECT_FALSE(oracle::is_json_number(std::string_view("1\0", 2)));
    EXPECT_EQ(oracle::parse_double_text("0x10").status, oracle::double_status::not_a_number);
    EXPECT_EQ(oracle::parse_double_text("inf").status, oracle::double_status::not_a_number);
}

TEST(OracleDouble, CorrectlyRoundedAndInRange)
{
    auto const value = [](std::string_view text) {
        auto const d = oracle::parse_double_text(text);
        EXPECT_EQ(d.status, oracle::double_status::ok) << text;
        return d.value;
    };
    constexpr double max = std::numeric_limits<double>::max();
    constexpr double min_subnormal = std::numeric_limits<double>::denorm_min();
    EXPECT_EQ(value("0.1"), 0.1);
    EXPECT_EQ(value("-2.5e3"), -2500.0);
    EXPECT_EQ(value("9007199254740993"), 9007199254740992.0);   // a tie, to even
    EXPECT_EQ(value("9007199254740995"), 9007199254740996.0);
    EXPECT_EQ(value("2.2250738585072011e-308"), 2.2250738585072011e-308);
    EXPECT_EQ(value("1.7976931348623157e308"), max);
    EXPECT_EQ(value("1.7976931348623158e308"), max);   // still below max + ulp/2
    EXPECT_EQ(value("4.9406564584124654e-324"), min_subnormal);
    EXPECT_EQ(value("2.4703282292062328e-324"), min_subnormal);   // just above half of it
    EXPECT_EQ(value("2.4703282292062327e-324"), 0.0);             // just below
    EXPECT_EQ(value("1e-400"), 0.0);
    EXPECT_TRUE(std::signbit(value("-1e-400")));
    EXPECT_TRUE(std::signbit(value("-0")));
    for (std::string_view big : {"1e309", "-1e309", "1.7976931348623159e308", "1e999999999999999999"})
        EXPECT_EQ(oracle::parse_double_text(big).status, oracle::double_status::out_of_range) << big;
}

TEST(OracleDouble, JudgesNumbersAndStrings)
{
    auto const reject = [](std::string_view json, std::string_view what) {
        auto const j = oracle::judge<double>(boost::json::parse(json));
        EXPECT_TRUE(j.outcome == oracle::verdict::reject) << json;
        EXPECT_NE(j.why.find(what), std::string::npos) << json << ": " << j.why;
    };
    reject("1e400", "out of range for a double");
    reject("-1e400", "out of range for a double");
    reject("\"1e400\"", "out of range for a double");
    reject("\"1.\"", "not a number");
    reject("\" 1\"", "not a number");
    reject("\"NaN\"", "not a number");
    reject("true", "wrong JSON type");
    reject("[1]", "wrong JSON type");

    auto const doc = [](std::string_view json) { return boost::json::parse(json); };
    EXPECT_EQ(oracle::mismatch(doc("0.1"), 0.1), "");
    EXPECT_EQ(oracle::mismatch(doc("\"0.1\""), 0.1), "");
    EXPECT_EQ(oracle::mismatch(doc("-7"), -7.0), "");
    EXPECT_EQ(oracle::mismatch(doc("18446744073709551615"), 18446744073709551615.0), "");
    EXPECT_EQ(oracle::mismatch(doc("9223372036854775807"), 9223372036854775807.0), "");
    EXPECT_EQ(oracle::mismatch(doc("1e-400"), 0.0), "");
    // a number: exactly the DOM's double, the sign of zero included
    EXPECT_NE(oracle::mismatch(doc("0.1"), std::nextafter(0.1, 1.0)), "");
    EXPECT_NE(oracle::mismatch(doc("0.1"), std::nextafter(0.1, 0.0)), "");
    EXPECT_NE(oracle::mismatch(doc("0.1"), 0.2), "");
    EXPECT_EQ(oracle::mismatch(doc("-0.0"), -0.0), "");
    EXPECT_NE(oracle::mismatch(doc("-0.0"), 0.0), "");
    EXPECT_EQ(oracle::mismatch(doc("-0"), 0.0), "");   // an int64: the sign is lost
    EXPECT_EQ(oracle::mismatch(doc("-0"), -0.0), "");
    EXPECT_NE(oracle::mismatch(doc("1"), std::nextafter(1.0, 2.0)), "");   // an integer converts exactly
    // a string: exactly, the sign of zero included
    EXPECT_NE(oracle::mismatch(doc("\"0.1\""), std::nextafter(0.1, 1.0)), "");
    EXPECT_EQ(oracle::mismatch(doc("\"-0\""), -0.0), "");
    EXPECT_NE(oracle::mismatch(doc("\"-0\""), 0.0), "");
    EXPECT_NE(oracle::mismatch(doc("\"0.0\""), -0.0), "");
    EXPECT_EQ(oracle::mismatch(doc("\"9007199254740993\""), 9007199254740992.0), "");
    EXPECT_NE(oracle::mismatch(doc("\"9007199254740993\""), 9007199254740994.0), "");

    // quoted<double> reads as double does
    using Q = sfmodels::quoted<double>;
    EXPECT_EQ(oracle::mismatch(doc("\"0.25\""), Q{0.25}), "");
    EXPECT_EQ(oracle::mismatch(doc("0.25"), Q{0.25}), "");
    EXPECT_NE(oracle::mismatch(doc("\"0.25\""), Q{0.5}), "");
    EXPECT_TRUE(oracle::judge<Q>(doc("\"0.25x\"")).outcome == oracle::verdict::reject);
    EXPECT_TRUE(oracle::judge<Q>(doc("\"1e400\"")).outcome == oracle::verdict::reject);
}

sfmodels::ticks duration_of(std::int64_t days, std::int64_t hours, std::int64_t minutes, std::int64_t seconds,
                            std::int64_t extra_ticks = 0)
{
    return sfmodels::ticks(extra_ticks) + std::chrono::hours(days * 24 + hours) + std::chrono::minutes(minutes) +
           std::chrono::seconds(seconds);
}

TEST(OracleDuration, KnownDurations)
{
    struct row
    {
        std::string_view text;
        sfmodels::ticks value;
    };
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
    for (row r : {row{"PT0S", {}}, row{"-PT0S", {}}, row{"-P0D", {}}, row{"P0Y0M0DT0H0M0.0S", {}},
                  row{"PT1H30M", duration_of(0, 1, 30, 0)}, row{"P1DT2H", duration_of(1, 2, 0, 0)},
                  row{"PT90M0.50S", duration_of(0, 1, 30, 0, 5'000'000)}, row{"P1Y", duration_of(365, 0, 0, 0)},
                  row{"P1M", duration_of(30, 0, 0, 0)}, row{"PT1M", duration_of(0, 0, 1, 0)},
                  row{"P1Y2M3DT4H5M6.7S", duration_of(365 + 60 + 3, 4, 5, 6, 7'000'000)},
                  row{"PT0.5S", sfmodels::ticks(5'000'000)}, row{"PT0.0000001S", sfmodels::ticks(1)},
                  row{"PT0.00000009S", {}}, row{"PT1.123456789S", sfmodels::ticks(11'234'567)},
                  row{"PT0.99999999999999999999S", sfmodels::ticks(9'999'999)},
                  row{"-PT1S", -duration_of(0, 0, 0, 1)}, row{"-P1DT1S", -duration_of(1, 0, 0, 1)},
                  row{"P0000000000000000000000000001D", duration_of(1, 0, 0, 0)},
                  row{"PT36H", duration_of(1, 12, 0, 0)}, row{"PT100000S", duration_of(0, 0, 0, 100000)},
                  row{"P10675199DT2H48M5.4775807S", sfmodels::ticks(max)},
                  row{"-P10675199DT2H48M5.4775808S", sfmodels::ticks(min)},
                  row{"PT922337203685.4775807S", sfmodels::ticks(max)},
                  row{"-PT922337203685.4775808S", sfmodels::ticks(min)},
                  row{"P29247Y", duration_of(29247 * 365, 0, 0, 0)}}) {
        auto const d = oracle::parse_duration(r.text);
        ASSERT_TRUE(d) << r.text;
        EXPECT_EQ(d->count(), r.value.count()) << r.text;
    }
}

TEST(OracleDuration, OnlyTheIso8601FormWithin64BitTicks)
{
    for (std::string_view bad :
         {"", "P", "PT", "-P", "-PT", "-", "P1DT", "1D", "T1H", "p1d", "P1d", "pT1H", "Pt1H", "PT1h", "P1H", "PT1D",
          "P1S", "PT1Y", "PT1.5M", "PT1.5H", "P1.5D", "PT.5S", "PT1.S", "PT1,5S", "PT1.5.5S", "P1M1Y", "P1D1M",
          "PT1S1M", "PT1M1H", "PT1H1H", "P1D1D", "P1W", "+P1D", "P-1D", "PT-1S", " P1D", "P1D ", "PT1HT1M", "P1DTT1H",
          "PTT1H", "PT1H2", "P1", "P1Y2M3DT", "PT1E3S", "PT1e3S", "P\xd9\xa3" "D", "--P1D", "P1DP1D", "PD", "PTS",
          "PT1.0000000aS", "PT0x1S",
          // one tick past either end, and far past
          "P10675199DT2H48M5.4775808S", "-P10675199DT2H48M5.4775809S", "PT922337203685.4775808S",
          "-PT922337203685.4775809S", "P10675200D", "P29248Y", "P99999999999999999999999999999D",
          "PT9223372036854775807S", "PT18446744073709551616H", "P18446744073709551617Y", "-P10675200D"})
        EXPECT_FALSE(oracle::parse_duration(bad)) << '"' << bad << '"';
    EXPECT_FALSE(oracle::parse_duration(std::string_view("PT1S\0", 5)));
}

TEST(OracleDuration, Judges)
{
    auto const doc = [](std::string_view json) { return boost::json::parse(json); };
    EXPECT_TRUE(oracle::judge<sfmodels::ticks>(doc("\"PT1H\"")).outcome == oracle::verdict::accept);
    EXPECT_NE(oracle::judge<sfmodels::ticks>(doc("60")).why.find("wrong JSON type: a number where a duration string"),
              std::string::npos);
    EXPECT_NE(oracle::judge<sfmodels::ticks>(doc("\"PT\"")).why.find("not an ISO 8601 duration"), std::string::npos);
    EXPECT_EQ(oracle::mismatch(doc("\"PT1H30M\""), duration_of(0, 1, 30, 0)), "");
    EXPECT_NE(oracle::mismatch(doc("\"PT1H30M\""), duration_of(0, 1, 0, 30)), "");   // M after T is minutes
    EXPECT_NE(oracle::mismatch(doc("\"PT1H30M\""), duration_of(0, 1, 30, 0) + sfmodels::ticks(1)), "");
    EXPECT_NE(oracle::mismatch(doc("\"P1M\""), duration_of(0, 0, 1, 0)), "");         // M before T is months
    EXPECT_NE(oracle::mismatch(doc("\"-PT1S\""), duration_of(0, 0, 0, 1)), "");
}

TEST(OracleUuid, ReadsTheBytesInTextOrder)
{
    auto const u = oracle::parse_uuid("00112233-4455-6677-8899-aAbBcCdDeEfF");
    ASSERT_TRUE(u);
    std::uint8_t const bytes[16] = {0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
                                    0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff};
    for (std::size_t i = 0; i < 16; ++i)
        EXPECT_EQ(u->data[i], bytes[i]) << i;
    EXPECT_EQ(oracle::format_uuid(*u), "00112233-4455-6677-8899-aabbccddeeff");

    auto const v = oracle::parse_uuid("0D4A8E6F-5B2C-41E7-A9D3-7C6B5A4F3E21");
    ASSERT_TRUE(v);
    EXPECT_EQ(oracle::format_uuid(*v), "0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e21");
    EXPECT_EQ(oracle::parse_uuid("0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e21"), v);
}

TEST(OracleUuid, RejectsEveryOtherForm)
{
    std::string const good = "0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e21";
    ASSERT_TRUE(oracle::parse_uuid(good));
    for (std::string_view bad :
         {"", "0d4a8e6f5b2c41e7a9d37c6b5a4f3e21", "{0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e21}",
          "urn:uuid:0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e21", " 0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e21",
          "0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e21 ", "0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e2",
          "0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e211", "0d4a8e6f-5b2c-41e7-a9d37c6b5a4f3e21-",
          "0d4a8e6-f5b2c-41e7-a9d3-7c6b5a4f3e21", "0d4a8e6f_5b2c_41e7_a9d3_7c6b5a4f3e21"})
        EXPECT_FALSE(oracle::parse_uuid(bad)) << bad;
    // one wrong character at every position that holds a digit
    for (std::size_t i = 0; i < good.size(); ++i) {
        if (good[i] == '-')
            continue;
        for (char c : {'g', 'G', 'x', ' ', '-', '/', ':', '@', '`', '\0'}) {
            std::string bad = good;
            bad[i] = c;
            EXPECT_FALSE(oracle::parse_uuid(bad)) << bad;
        }
    }
}

sfmodels::timestamp at_seconds(std::int64_t s, std::int64_t ticks = 0)
{
    return sfmodels::timestamp(std::chrono::seconds(s)) + sfmodels::ticks(ticks);
}

TEST(OracleDateTime, KnownInstants)
{
    EXPECT_EQ(oracle::parse_date_time("1970-01-01T00:00:00Z"), sfmodels::timestamp{});
    EXPECT_EQ(oracle::parse_date_time("1970-01-01T00:00:00.0000001Z"), at_seconds(0, 1));
    EXPECT_EQ(oracle::parse_date_time("1969-12-31T23:59:59.9999999Z"), at_seconds(0, -1));
    EXPECT_EQ(oracle::parse_date_time("2038-01-19T03:14:08Z"), at_seconds(2'147'483'648));
    EXPECT_EQ(oracle::parse_date_time("2001-09-09T01:46:40Z"), at_seconds(1'000'000'000));
    // .NET's DateTime.MinValue and MaxValue, and the first instant of year 0
    EXPECT_EQ(oracle::parse_date_time("0001-01-01T00:00:00Z"), at_seconds(-62'135'596'800));
    EXPECT_EQ(oracle::parse_date_time("9999-12-31T23:59:59.9999999Z"), at_seconds(253'402'300'799, 9'999'999));
    EXPECT_EQ(oracle::parse_date_time("0000-01-01T00:00:00Z"), at_seconds(-62'167'219'200));
    EXPECT_EQ(oracle::parse_date_time("2024-06-01t08:00:00z"), oracle::parse_date_time("2024-06-01T08:00:00Z"));
}

TEST(OracleDateTime, FractionsAreTruncatedPastSevenDigits)
{
    auto const whole = oracle::parse_date_time("2001-02-03T04:05:06Z");
    ASSERT_TRUE(whole);
    EXPECT_EQ(oracle::parse_date_time("2001-02-03T04:05:06.0Z"), whole);
    EXPECT_EQ(oracle::parse_date_time("2001-02-03T04:05:06.5Z"), *whole + sfmodels::ticks(5'000'000));
    EXPECT_EQ(oracle::parse_date_time("2001-02-03T04:05:06.049Z"), *whole + sfmodels::ticks(490'000));
    EXPECT_EQ(oracle::parse_date_time("2001-02-03T04:05:06.1234567Z"), *whole + sfmodels::ticks(1'234'567));
    EXPECT_EQ(oracle::parse_date_time("2001-02-03T04:05:06.123456789Z"), *whole + sfmodels::ticks(1'234'567));
    EXPECT_EQ(oracle::parse_date_time("2001-02-03T04:05:06.99999999999999999999Z"), *whole + sfmodels::ticks(9'999'999));
    for (std::string_view bad : {".Z", ".", "..1Z", ".1.2Z", ".1aZ", ".12345678aZ", ".-1Z", ". 1Z", ",1Z", ".1", ".1e3Z"})
        EXPECT_FALSE(oracle::parse_date_time("2001-02-03T04:05:06" + std::string(bad))) << bad;
}

TEST(OracleDateTime, OffsetsAreSubtracted)
{
    auto const same = [](std::string_view a, std::string_view b) {
        auto const x = oracle::parse_date_time(a), y = oracle::parse_date_time(b);
        return x && y && *x == *y;
    };
    EXPECT_TRUE(same("2000-01-01T00:30:00+01:00", "1999-12-31T23:30:00Z"));
    EXPECT_TRUE(same("1999-12-31T23:30:00-01:00", "2000-01-01T00:30:00Z"));
    EXPECT_TRUE(same("2000-03-01T05:00:00+06:00", "2000-02-29T23:00:00Z"));
    EXPECT_TRUE(same("1900-03-01T05:00:00+05:30", "1900-02-28T23:30:00Z"));
    EXPECT_TRUE(same("2024-12-31T20:00:00-23:59", "2025-01-01T19:59:00Z"));
    EXPECT_TRUE(same("2024-06-01T12:00:00.25-09:45", "2024-06-01T21:45:00.25Z"));
    EXPECT_TRUE(same("2024-06-01T12:00:00-00:00", "2024-06-01T12:00:00Z"));
    EXPECT_TRUE(same("0001-01-01T00:00:00+00:01", "0000-12-31T23:59:00Z"));
    // outside the years 0000-9999 once in UTC
    EXPECT_FALSE(oracle::parse_date_time("0000-01-01T00:00:00+00:01"));
    EXPECT_FALSE(oracle::parse_date_time("9999-12-31T23:59:59-00:01"));
    for (std::string_view bad : {"+24:00", "-24:00", "+00:60", "+99:99", "+0100", "+01", "+1:00", "+01:0", "+01:000",
                                 "+01-00", "+01:00Z", "Z+01:00", "ZZ", "+-1:00", " +01:00", "+01:00 ", "UTC", "Z ", ""})
        EXPECT_FALSE(oracle::parse_date_time("2024-06-01T12:00:00" + std::string(bad))) << bad;
}

TEST(OracleDateTime, OnlyRealDatesAndTimes)
{
    EXPECT_TRUE(oracle::parse_date_time("2000-02-29T00:00:00Z"));
    EXPECT_TRUE(oracle::parse_date_time("0000-02-29T00:00:00Z"));
    EXPECT_TRUE(oracle::parse_date_time("2400-02-29T00:00:00Z"));
    EXPECT_TRUE(oracle::parse_date_time("2023-06-30T23:59:59Z"));
    for (std::string_view bad :
         {"1900-02-29T00:00:00Z", "2100-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2000-02-30T00:00:00Z",
          "2023-04-31T00:00:00Z", "2023-00-01T00:00:00Z", "2023-13-01T00:00:00Z", "2023-01-00T00:00:00Z",
          "2023-01-32T00:00:00Z", "2023-1-01T00:00:00Z", "023-01-01T00:00:00Z", "+2023-01-01T00:00:00Z",
          "2023/01/01T00:00:00Z", "2023-01-01 00:00:00Z", "2023-06-30T24:00:00Z", "2023-06-30T23:60:00Z",
          "2016-12-31T23:59:60Z", "2023-06-30T1:00:00Z", "2023-06-30", "2023-06-30T12:00Z", ""})
        EXPECT_FALSE(oracle::parse_date_time(bad)) << bad;
}

TEST(OracleText, CaseIsFoldedForAsciiLettersOnly)
{
    EXPECT_TRUE(oracle::equal_ignoring_ascii_case("FileShare", "fILEsHARE"));
    EXPECT_FALSE(oracle::equal_ignoring_ascii_case("FileShare", "FileShar"));
    EXPECT_FALSE(oracle::equal_ignoring_ascii_case("@", "`"));   // 0x40 and 0x60
    EXPECT_FALSE(oracle::equal_ignoring_ascii_case("[", "{"));
    EXPECT_FALSE(oracle::equal_ignoring_ascii_case("\xc3\x89", "\xc3\xa9"));   // É and é
}

// --- judging documents -------------------------------------------------------

template<class T>
oracle::judgement judge(std::string_view json)
{
    return oracle::judge<T>(boost::json::parse(json));
}

template<class T>
void expect_accepted(std::string_view json)
{
    auto const j = judge<T>(json);
    EXPECT_TRUE(j.outcome == oracle::verdict::accept) << json << ": " << j.why;
}

template<class T>
void expect_rejected(std::string_view json, std::string_view what_at)
{
    auto const j = judge<T>(json);
    EXPECT_TRUE(j.outcome == oracle::verdict::reject) << json;
    EXPECT_NE(j.why.find(what_at), std::string::npos) << json << ": " << j.why;
}

TEST(OracleJudge, AcceptsWhatTheRulesAllow)
{
    expect_accepted<sfmodels::OperationStatus>("{}");
    expect_accepted<sfmodels::OperationStatus>(R"({"OperationId":null,"State":null,"Type":null,"x":{"y":[1]}})");
    expect_accepted<sfmodels::OperationStatus>(R"({"State":"rUnNiNg","Type":"SomethingNew","state":5})");
    expect_accepted<sfmodels::Epoch>(R"({"ConfigurationNumber":-1,"DataLossVersion":"9223372036854775807"})");
    expect_accepted<sfmodels::InvokeDataLossResult>(R"({"ErrorCode":"-2147467259"})");
    expect_accepted<sfmodels::FabricError>(R"({"Error":{"Code":"NotFound"}})");
    expect_accepted<sfmodels::FabricErrorError>(R"({"Code":null,"Code":"E_FAIL"})");
    expect_accepted<sfmodels::OperationStatusList>(R"([{},{"State":"Running"}])");
    expect_accepted<sfmodels::BackupStorageDescription>(R"({"storageKind":3,"StorageKind":"fileshare","Path":"p"})");
    expect_accepted<sfmodels::RestorePartitionDescription>(
        R"({"BackupId":"0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e21","BackupLocation":"a","BackupStorage":null})");
}

TEST(OracleJudge, RejectsWithThePointerOfTheFirstProblem)
{
    expect_rejected<sfmodels::FabricError>("{}", "missing required member at /Error");
    expect_rejected<sfmodels::FabricError>(R"({"Error":{"Code":"E_FAIL","Code":null}})",
                                           "missing required member at /Error/Code");
    expect_rejected<sfmodels::FabricError>(R"({"Error":{"Code":5}})", "wrong JSON type: a number where an enum "
                                                                       "string belongs at /Error/Code");
    expect_rejected<sfmodels::OperationStatus>("[]", "wrong JSON type: an array where an object belongs at /");
    expect_rejected<sfmodels::OperationStatus>(R"({"OperationId":"0d4a8e6f"})", "not a uuid: \"0d4a8e6f\" at /OperationId");
    expect_rejected<sfmodels::OperationStatusList>(R"([{},null])", "at /1");
    expect_rejected<sfmodels::OperationStatusList>(R"([{},{"State":1}])", "at /1/State");
    expect_rejected<sfmodels::Epoch>(R"({"DataLossVersion":"+1"})", "not an integer: \"+1\" at /DataLossVersion");
    expect_rejected<sfmodels::Epoch>(R"({"DataLossVersion":1.0})", "not an integer: 1E0 at /DataLossVersion");
    expect_rejected<sfmodels::Epoch>(R"({"DataLossNumber":"9223372036854775808"})",
                                     "out of range for a signed 64-bit integer: \"9223372036854775808\" at /DataLossNumber");
    expect_rejected<sfmodels::InvokeDataLossResult>(R"({"ErrorCode":2147483648})", "out of range for a signed 32-bit");
    expect_rejected<sfmodels::BackupProgressInfo>(R"({"TimeStampUtc":"2016-12-31T23:59:60Z"})",
                                                  "not an RFC 3339 date-time in the years 0000-9999");
    expect_rejected<sfmodels::BackupProgressInfo>(R"({"EpochOfLastBackupRecord":{"ConfigurationVersion":true}})",
                                                  "at /EpochOfLastBackupRecord/ConfigurationVersion");
}

TEST(OracleJudge, EveryOccurrenceOfAMemberMustBeValid)
{
    // a member and its legacy name are two occurrences of one member, not duplicates
    expect_rejected<sfmodels::Epoch>(R"({"ConfigurationVersion":"x","ConfigurationNumber":"1"})",
                                     "not an integer: \"x\" at /ConfigurationVersion");
    expect_rejected<sfmodels::Epoch>(R"({"DataLossNumber":[],"DataLossVersion":null})", "at /DataLossNumber");
    expect_accepted<sfmodels::Epoch>(R"({"DataLossNumber":null,"DataLossVersion":"1"})");
}

TEST(OracleJudge, DiscriminatedVariant)
{
    using storage = sfmodels::BackupStorageDescription;
    expect_accepted<storage>(R"({"StorageKind":"AzureBlobStore","ConnectionString":"c","ContainerName":"n"})");
    expect_accepted<storage>(R"({"StorageKind":"DSMSAZUREBLOBSTORE","StorageCredentialsSourceLocation":"l",)"
                             R"("ContainerName":"n","Path":null})");
    expect_rejected<storage>(R"({"Path":"p"})", "missing required member at /StorageKind");
    expect_rejected<storage>(R"({"StorageKind":null,"Path":"p"})", "missing required member at /StorageKind");
    expect_rejected<storage>(R"({"StorageKind":1,"Path":"p"})", "wrong JSON type: a number where a string belongs at /StorageKind");
    expect_rejected<storage>(R"({"StorageKind":"Tape","Path":"p"})", "unknown kind \"Tape\" at /StorageKind");
    expect_rejected<storage>(R"({"StorageKind":"FileShare "})", "unknown kind");
    expect_rejected<storage>(R"({"StorageKind":"FileShare"})", "missing required member at /Path");
    // another kind's member is an unknown member like any other
    expect_accepted<storage>(R"({"StorageKind":"FileShare","Path":"p","ManagedIdentityType":5})");
    expect_accepted<storage>(R"({"StorageKind":"FileShare","Path":"p","ContainerName":{}})");
}

// --- mismatch detection -------------------------------------------------------

template<class T>
T decoded(std::string_view json)
{
    T v{};
    auto const r = sfmodels::decode(json, v);
    EXPECT_FALSE(r) << r.message() << " in " << json;
    return v;
}

// `mismatch` is empty for the decoded value and names `path` after `change`.
template<class T, class F>
void expect_difference_at(std::string_view json, F change, std::string_view path)
{
    boost::json::value const doc = boost::json::parse(json);
    T v = decoded<T>(json);
    ASSERT_EQ(oracle::mismatch(doc, v), "") << json;
    change(v);
    std::string const m = oracle::mismatch(doc, v);
    ASSERT_NE(m, "") << json;
    EXPECT_TRUE(m.ends_with(" at " + std::string(path))) << json << ": " << m;
}

constexpr std::string_view uuid = "0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e21";

constexpr std::string_view event_head =
    R"("EventInstanceId":"7c0e8b6f-9d5b-4f5e-8f6a-0b8f6e2c1a11","TimeStamp":"2024-01-02T03:04:05Z")";

std::string upgrade(std::string_view members)
{
    return R"({"Kind":"ClusterUpgradeStarted",)" + std::string(event_head) + std::string(members) + "}";
}

std::string node_up(std::string_view members)
{
    return R"({"Kind":"NodeUp",)" + std::string(event_head) + R"(,"NodeName":"n","NodeInstanceId":"7")" +
           std::string(members) + "}";
}

TEST(OracleMismatch, OneChangedMemberIsReportedWithItsPath)
{
    std::string const backup =
        R"({"BackupState":"Failure","TimeStampUtc":"2018-01-01T09:00:55.5+01:00","BackupId":")" + std::string(uuid) +
        R"(","BackupLocation":"a\\b","EpochOfLastBackupRecord":{"ConfigurationNumber":"1","DataLossVersion":"2"},)"
        R"("LsnOfLastBackupRecord":3,"FailureError":{"Code":"e_fail","Message":"m"}})";
    using B = sfmodels::BackupProgressInfo;
    expect_difference_at<B>(backup, [](B& b) { b.BackupState = sfmodels::BackupState::Success; }, "/BackupState");
    expect_difference_at<B>(backup, [](B& b) { b.BackupState->assign("Failur"); }, "/BackupState");
    expect_difference_at<B>(backup, [](B& b) { *b.TimeStampUtc += sfmodels::ticks(1); }, "/TimeStampUtc");
    expect_difference_at<B>(backup, [](B& b) { *b.TimeStampUtc += std::chrono::hours(1); }, "/TimeStampUtc");
    expect_difference_at<B>(backup, [](B& b) { b.BackupId->data[15] ^= 1; }, "/BackupId");
    expect_difference_at<B>(backup, [](B& b) { std::swap(b.BackupId->data[0], b.BackupId->data[1]); }, "/BackupId");
    expect_difference_at<B>(backup, [](B& b) { *b.BackupLocation = "a/b"; }, "/BackupLocation");
    expect_difference_at<B>(backup, [](B& b) { b.BackupLocation.reset(); }, "/BackupLocation");
    expect_difference_at<B>(backup, [](B& b) { b.EpochOfLastBackupRecord->ConfigurationVersion = 2; },
                            "/EpochOfLastBackupRecord/ConfigurationNumber");
    expect_difference_at<B>(backup, [](B& b) { b.EpochOfLastBackupRecord->DataLossVersion = -2; },
                            "/EpochOfLastBackupRecord/DataLossVersion");
    expect_difference_at<B>(backup, [](B& b) { b.LsnOfLastBackupRecord = 4; }, "/LsnOfLastBackupRecord");
    expect_difference_at<B>(backup, [](B& b) { b.FailureError->Code = sfmodels::FabricErrorCodes::E_ABORT; },
                            "/FailureError/Code");
    expect_difference_at<B>(backup, [](B& b) { b.FailureError->Message.reset(); }, "/FailureError/Message");
    expect_difference_at<B>(backup, [](B& b) { b.FailureError.reset(); }, "/FailureError");
}

TEST(OracleMismatch, AbsentMembersAndUnknownSpellings)
{
    using S = sfmodels::OperationStatus;
    expect_difference_at<S>(R"({"State":null})", [](S& s) { s.State = sfmodels::OperationState::Running; }, "/State");
    expect_difference_at<S>("{}", [](S& s) { s.Type = sfmodels::OperationType::NodeTransition; }, "/Type");
    expect_difference_at<S>(R"({"State":"Paused"})", [](S& s) { s.State->assign("paused"); }, "/State");
    expect_difference_at<S>(R"({"State":"Paused"})", [](S& s) { s.State = sfmodels::OperationState::Running; },
                            "/State");
    expect_difference_at<S>(R"({"State":"running"})", [](S& s) { s.State->assign("Paused"); }, "/State");

    using E = sfmodels::FabricErrorError;
    expect_difference_at<E>(R"({"Code":"NotFound"})", [](E& e) { e.Code.assign("NOTFOUND"); }, "/Code");
}

TEST(OracleMismatch, TheLaterOfAMemberAndItsLegacyNameWins)
{
    using E = sfmodels::Epoch;
    expect_difference_at<E>(R"({"ConfigurationVersion":"1","ConfigurationNumber":"2"})",
                            [](E& e) { e.ConfigurationVersion = 1; }, "/ConfigurationNumber");
    expect_difference_at<E>(R"({"DataLossNumber":"1","DataLossVersion":"2"})", [](E& e) { e.DataLossVersion = 1; },
                            "/DataLossVersion");
    expect_difference_at<E>(R"({"DataLossNumber":"1","DataLossVersion":null})", [](E& e) { e.DataLossVersion = 1; },
                            "/DataLossVersion");
}

TEST(OracleMismatch, ListsAndKinds)
{
    using L = sfmodels::OperationStatusList;
    std::string const list = R"([{"State":"Running"},{"OperationId":")" + std::string(uuid) + R"(","Type":"Stop"}])";
    expect_difference_at<L>(list, [](L& l) { l[1].Type.reset(); }, "/1/Type");
    expect_difference_at<L>(list, [](L& l) { l[1].OperationId->data[3] = 0; }, "/1/OperationId");
    expect_difference_at<L>(list, [](L& l) { l.pop_back(); }, "/1");
    expect_difference_at<L>(list, [](L& l) { l.emplace_back(); }, "/");

    using D = sfmodels::BackupPartitionDescription;
    std::string const storage = R"({"BackupStorage":{"StorageKind":"FileShare","Path":"\\\\s\\b","FriendlyName":"f"}})";
    expect_difference_at<D>(storage, [](D& d) { std::get<0>(*d.BackupStorage).Path = "x"; }, "/BackupStorage/Path");
    expect_difference_at<D>(storage, [](D& d) { std::get<0>(*d.BackupStorage).FriendlyName.reset(); },
                            "/BackupStorage/FriendlyName");
    expect_difference_at<D>(storage,
                            [](D& d) {
                                d.BackupStorage = sfmodels::AzureBlobBackupStorageDescription{{}, "\\\\s\\b", "f"};
                            },
                            "/BackupStorage/StorageKind");
}

TEST(OracleMismatch, ADocumentTheOracleRejectsIsReported)
{
    boost::json::value const doc = boost::json::parse(R"({"DataLossVersion":"+1"})");
    sfmodels::Epoch e;
    e.DataLossVersion = 1;
    EXPECT_EQ(oracle::mismatch(doc, e), "the document is not a valid value (not an integer: \"+1\" at "
                                        "/DataLossVersion) but a value was decoded");
}

TEST(OracleWalk, PointersEscapeTildeAndSlash)
{
    oracle::walk w;
    auto const a = w.enter("a/b~c");
    auto const b = w.enter(std::size_t{3});
    auto const c = w.enter("");
    EXPECT_EQ(w.pointer(), "/a~1b~0c/3/");
}

// --- the DOM the fuzz check reads ---------------------------------------------

std::string parsed(std::string_view json)
{
    boost::system::error_code ec;
    auto const v = oracle::parse(json, ec);
    return ec ? "<" + ec.message() + ">" : boost::json::serialize(v);
}

TEST(OracleParse, ARepeatedNameStandsWhereItLastOccurs)
{
    EXPECT_EQ(parsed(R"({"a":1,"b":2,"a":3})"), R"({"b":2,"a":3})");
    EXPECT_EQ(parsed(R"({"a":1,"b":2,"a":3,"b":{"c":[1,{"d":1,"d":null}]}})"), R"({"a":3,"b":{"c":[1,{"d":null}]}})");
    // boost::json::parse keeps the last value at the first place
    EXPECT_EQ(boost::json::serialize(boost::json::parse(R"({"a":1,"b":2,"a":3})")), R"({"a":3,"b":2})");

    // which is what tells a member from its legacy name apart
    std::string_view const json = R"({"DataLossNumber":"1","DataLossVersion":"2","DataLossNumber":"3"})";
    boost::system::error_code ec;
    boost::json::value const doc = oracle::parse(json, ec);
    ASSERT_FALSE(ec);
    auto const e = decoded<sfmodels::Epoch>(json);
    EXPECT_EQ(e.DataLossVersion, 3);
    EXPECT_EQ(oracle::mismatch(doc, e), "");
}

TEST(OracleParse, DoublesAreCorrectlyRounded)
{
    auto const number = [](std::string_view json) {
        boost::system::error_code ec;
        auto const v = oracle::parse(json, ec);
        EXPECT_FALSE(ec) << json;
        EXPECT_TRUE(v.is_double()) << json;
        return v.is_double() ? v.get_double() : -1.0;
    };
    // Boost.JSON 1.81's own conversion gets these wrong (2-3 ulp off, and NaN)
    for (std::string_view text : {"91.42423985965189950e104", "979.5881930032761471e-289", "92.520026150500736e100",
                                  "-20.81813401186581813e38", "1.12981814950358058e+195"}) {
        double const strtod = std::strtod(std::string(text).c_str(), nullptr);
        EXPECT_EQ(number(text), strtod) << text;
        EXPECT_NE(boost::json::parse(text).get_double(), strtod) << text << " is right in Boost.JSON now";
    }
    EXPECT_EQ(number("0e597"), 0.0);
    EXPECT_TRUE(std::isnan(boost::json::parse("0e597").get_double()));
    EXPECT_TRUE(std::signbit(number("-0e1000")));
    EXPECT_EQ(number("1e400"), HUGE_VAL);
    EXPECT_EQ(number("-1e400"), -HUGE_VAL);
    EXPECT_EQ(number("18446744073709551616"), 18446744073709551616.0);
    boost::system::error_code ec;
    EXPECT_EQ(boost::json::serialize(oracle::parse(R"([1,-1,18446744073709551615,0.5,{"a":1e1}])", ec)),
              R"([1,-1,18446744073709551615,5E-1,{"a":1E1}])");

    // and so the oracle can hold decode() to the correctly rounded value of a number
    using E = shapes::ClusterUpgradeStartedEvent;
    std::string const json = upgrade(R"(,"OverallUpgradeElapsedTimeInMs":91.42423985965189950e104)");
    boost::json::value const doc = oracle::parse(json, ec);
    ASSERT_FALSE(ec);
    E e = decoded<E>(json);
    EXPECT_EQ(oracle::mismatch(doc, e), "");
    EXPECT_EQ(*e.OverallUpgradeElapsedTimeInMs, 91.42423985965189950e104);   // the compiler rounds correctly
    *e.OverallUpgradeElapsedTimeInMs = std::nextafter(*e.OverallUpgradeElapsedTimeInMs, 0.0);
    EXPECT_TRUE(oracle::mismatch(doc, e).ends_with(" at /OverallUpgradeElapsedTimeInMs"));
}

TEST(OracleParse, OtherwiseAsBoostJsonParse)
{
    for (auto const& f : sfmodels::test::all_fixtures())
        for (std::string const* text : {&f.input, &f.expected})
            EXPECT_EQ(parsed(*text), boost::json::serialize(boost::json::parse(*text))) << f.type << '/' << f.name;
    for (std::string_view json : {"[1,-2,18446744073709551615,1.5e300,-0,\"\\u00e9\\ud83d\\ude00\",true,false,null]",
                                  "\"s\"", "0", " {\"k\" : {} } "})
        EXPECT_EQ(parsed(json), boost::json::serialize(boost::json::parse(json))) << json;
    for (std::string_view bad : {"", "{", "[1,]", "{} x", "{\"a\":1}}", "\"\xff\"", "nul", "01", "[1 2]"})
        EXPECT_EQ(parsed(bad).front(), '<') << bad;

    boost::json::parse_options o;
    o.max_depth = 64;
    boost::system::error_code ec;
    oracle::parse(std::string(64, '[') + std::string(64, ']'), ec, o);
    EXPECT_FALSE(ec);
    oracle::parse(std::string(65, '[') + std::string(65, ']'), ec, o);
    EXPECT_TRUE(ec);
}

// --- agreement with decode() ----------------------------------------------------

// Documents on both sides of each rule: the oracle and decode() agree.
TEST(OracleAgreesWithDecode, OnTheRulesOfTheReadme)
{
    struct row
    {
        std::string_view type;
        std::string json;
    };
    row const rows[] = {
        {"Epoch", R"({"ConfigurationVersion":"-0"})"},
        {"Epoch", R"({"ConfigurationVersion":"01"})"},
        {"Epoch", R"({"ConfigurationVersion":" 1"})"},
        {"Epoch", R"({"ConfigurationVersion":1e0})"},
        {"Epoch", R"({"ConfigurationVersion":-9223372036854775808})"},
        {"Epoch", R"({"ConfigurationVersion":"-9223372036854775809"})"},
        {"Epoch", R"({"configurationNumber":"x"})"},
        {"Epoch", R"({"DataLossNumber":"1","DataLossVersion":"2","DataLossNumber":"3"})"},
        {"InvokeDataLossResult", R"({"ErrorCode":"-2147483648"})"},
        {"InvokeDataLossResult", R"({"ErrorCode":"2147483648"})"},
        {"InvokeDataLossResult", R"({"ErrorCode":true})"},
        {"OperationStatus", R"({"OperationId":")" + std::string(uuid) + "\"}"},
        {"OperationStatus", R"({"OperationId":"0D4A8E6F-5B2C-41E7-A9D3-7C6B5A4F3E21"})"},
        {"OperationStatus", R"({"OperationId":"0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e2g"})"},
        {"OperationStatus", R"({"OperationId":"{0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e21}"})"},
        {"OperationStatus", R"({"State":"FORCECANCELLED","Type":"nodeTransition"})"},
        {"OperationStatus", R"({"State":"Running ","Type":""})"},
        {"BackupProgressInfo", R"({"TimeStampUtc":"0001-01-01T00:00:00Z"})"},
        {"BackupProgressInfo", R"({"TimeStampUtc":"2024-02-29T23:59:59.99999999+23:59"})"},
        {"BackupProgressInfo", R"({"TimeStampUtc":"9999-12-31T23:59:59.9999999-00:01"})"},
        {"BackupProgressInfo", R"({"TimeStampUtc":"2024-06-01T12:00:00+24:00"})"},
        {"BackupStorageDescription", R"({"StorageKind":"azureblobstore","ConnectionString":"c","ContainerName":"n"})"},
        {"BackupStorageDescription", R"({"StorageKind":"AzureBlobStore","ConnectionString":"c"})"},
        {"BackupStorageDescription", R"({"StorageKind":"FileShare","Path":"p","ManagedIdentityType":5})"},
        {"NodeResult", R"({"NodeInstanceId":"-1"})"},
        {"NodeResult", R"({"NodeInstanceId":"-0"})"},
        {"NodeResult", R"({"NodeInstanceId":9223372036854775808})"},
        {"FabricError", R"({"Error":{"Code":"E_FAIL","Message":null}})"},
        {"FabricError", R"({"Error":null})"},
        {"OperationStatusList", R"([{"State":"Running"},{}])"},
        {"OperationStatusList", R"([{},null])"},
    };
    for (row const& r : rows) {
        sfmodels::test::with_model(r.type, [&](auto& model) {
            using M = std::remove_cvref_t<decltype(model)>;
            auto const result = sfmodels::decode(r.json, model);
            boost::system::error_code ec;
            boost::json::value const doc = oracle::parse(r.json, ec);
            ASSERT_FALSE(ec) << r.json;
            oracle::judgement const j = oracle::judge<M>(doc);
            EXPECT_EQ(result.ok(), j.outcome == oracle::verdict::accept)
                << r.type << ' ' << r.json << ": decode " << result.message() << ", oracle " << j.why;
            if (result.ok()) {
                EXPECT_EQ(oracle::mismatch(doc, model), "") << r.type << ' ' << r.json;
            }
        });
    }
}

// --- the shapes of the specification (tests/support/shapes.hpp) ---------------------

TEST(OracleShapes, Maps)
{
    using M = std::map<std::string, std::int64_t, std::less<>>;
    expect_accepted<M>("{}");
    expect_accepted<M>(R"({"a":1,"":"-2","b":9223372036854775807})");
    expect_rejected<M>("[]", "wrong JSON type: an array where an object (a map) belongs at /");
    expect_rejected<M>(R"({"a":1,"b":null})", "wrong JSON type: null where a map value belongs at /b");
    expect_rejected<M>(R"({"a/b":"x"})", "not an integer: \"x\" at /a~1b");
    expect_accepted<std::map<std::string, std::optional<std::int64_t>, std::less<>>>(R"({"a":null})");

    auto const doc = [](std::string_view json) { return boost::json::parse(json); };
    M const ab{{"a", 1}, {"b", 2}};
    EXPECT_EQ(oracle::mismatch(doc(R"({"b":2,"a":1})"), ab), "");
    EXPECT_EQ(oracle::mismatch(doc(R"({"a":1,"b":3})"), ab), "decoded 2, the document has 3 at /b");
    EXPECT_EQ(oracle::mismatch(doc(R"({"a":1})"), ab),
              "decoded an entry for the key \"b\", which the document lacks at /");
    EXPECT_EQ(oracle::mismatch(doc(R"({"a":1,"b":2,"c":3})"), ab), "decoded no entry for the key \"c\" at /c");
    EXPECT_EQ(oracle::mismatch(doc(R"({"a":1,"B":2})"), ab), "decoded no entry for the key \"B\" at /B");

    using E = shapes::ClusterUpgradeStartedEvent;
    std::string const counters = upgrade(R"(,"Counters":{"z":1,"a":2,"z":3,"":4})");
    boost::system::error_code ec;
    boost::json::value const dom = oracle::parse(counters, ec);
    ASSERT_FALSE(ec);
    E e = decoded<E>(counters);
    EXPECT_EQ(oracle::mismatch(dom, e), "");   // the last "z" wins
    (*e.Counters)["z"] = 1;
    EXPECT_EQ(oracle::mismatch(dom, e), "decoded 1, the document has 3 at /Counters/z");
    expect_difference_at<E>(counters, [](E& x) { x.Counters->erase(""); }, "/Counters/");
    expect_difference_at<E>(counters, [](E& x) { (*x.Counters)["y"] = 0; }, "/Counters");
    expect_difference_at<E>(counters, [](E& x) { x.Counters.reset(); }, "/Counters");
}

TEST(OracleShapes, FreeFormJson)
{
    for (std::string_view any : {"{}", "[]", "0", "-1.5e+3", "\"\"", "true", "false", R"({"a":[1,{"b":null}]})"})
        expect_accepted<sfmodels::json_text>(any);

    auto const doc = [](std::string_view json) { return boost::json::parse(json); };
    auto const text = [](std::string_view t) { return sfmodels::json_text{std::string(t)}; };
    boost::json::value const v = doc(R"( { "x" : [ 1 , 2.5e3 , { "y" : null } ] , "z" : "\u0041\n" } )");
    EXPECT_EQ(oracle::mismatch(v, text(R"({"x":[1,2.5e3,{"y":null}],"z":"A\n"})")), "");
    EXPECT_EQ(oracle::mismatch(v, text(R"({"z":"\u0041\n","x":[1,2500.0,{"y":null}]})")), "");   // spelling only
    EXPECT_NE(oracle::mismatch(v, text(R"({"x":[1,2500,{"y":null}],"z":"A\n"})")), "");   // an integer now
    EXPECT_NE(oracle::mismatch(v, text(R"({"x":[2.5e3,1,{"y":null}],"z":"A\n"})")), "");
    EXPECT_NE(oracle::mismatch(v, text(R"({"x":[1,2.5e3,{"y":null}],"z":"A"})")), "");
    EXPECT_NE(oracle::mismatch(v, text(R"({"x":[1,2.5e3,{"y":null}]})")), "");
    EXPECT_NE(oracle::mismatch(v, text(R"({"x":[1,2.5e3,{"y":null}],"z":"A\n","w":0})")), "");
    EXPECT_NE(oracle::mismatch(v, text(R"({"x":[1,2.5e3,{"y":null}],"z":"A\n")")).find("which is not JSON"),
              std::string::npos);
    EXPECT_NE(oracle::mismatch(v, text("")).find("which is not JSON"), std::string::npos);
    EXPECT_NE(oracle::mismatch(v, text("{} {}")).find("which is not JSON"), std::string::npos);
    EXPECT_EQ(oracle::mismatch(doc("-0"), text("0")), "");
    EXPECT_NE(oracle::mismatch(doc("1"), text("1.0")), "");
    // as deep as the document allows
    std::string const deep = std::string(60, '[') + std::string(60, ']');
    boost::json::parse_options o;
    o.max_depth = 64;
    boost::system::error_code ec;
    boost::json::value const deep_doc = oracle::parse(deep, ec, o);
    ASSERT_FALSE(ec);
    EXPECT_EQ(oracle::mismatch(deep_doc, text(deep)), "");

    using E = shapes::ClusterUpgradeStartedEvent;
    std::string const details = upgrade(R"(,"Details": { "a" : [ 1 , true , null ] , "b" : "\u0041\n" } )");
    expect_difference_at<E>(details, [](E& e) { e.Details->text = R"({"a":[1,true,null],"b":"A"})"; }, "/Details");
    expect_difference_at<E>(details, [](E& e) { e.Details.reset(); }, "/Details");
}

// The alternatives of a one_of as the oracle computes them from the family declaration.
template<class Key>
using alternatives_of = typename oracle::check<sfmodels::one_of<Key>>::variant;

static_assert(oracle::check<sfmodels::one_of<shapes::FabricEvent>>::open);
static_assert(oracle::check<sfmodels::one_of<shapes::NodeEvent>>::open);   // Kind is inherited
static_assert(oracle::check<sfmodels::one_of<shapes::HealthEvaluation>>::open);
static_assert(oracle::check<sfmodels::one_of<shapes::ServiceDescription>>::open);
static_assert(!oracle::check<sfmodels::one_of<shapes::partition_schemes>>::open);
static_assert(!oracle::check<sfmodels::BackupStorageDescription>::open);
static_assert(std::is_same_v<alternatives_of<shapes::NodeEvent>,
                             std::variant<shapes::NodeEvent, shapes::NodeDownEvent, shapes::NodeUpEvent>>);
static_assert(std::is_same_v<alternatives_of<shapes::partition_schemes>,
                             std::variant<shapes::SingletonPartitionSchemeDescription,
                                          shapes::UniformInt64RangePartitionSchemeDescription>>);
static_assert(std::variant_size_v<alternatives_of<shapes::FabricEvent>> == 6);

TEST(OracleShapes, OpenFamilies)
{
    using Events = shapes::FabricEventList;
    std::string const down = R"({"Kind":"nodeDOWN",)" + std::string(event_head) +
                             R"(,"NodeName":"n","NodeInstance":1,"LastNodeUpAt":"2024-01-01T00:00:00Z"})";
    std::string const unknown = R"({"Kind":"SomethingNew",)" + std::string(event_head) + R"(,"X":[1]})";
    expect_accepted<Events>("[" + down + "," + unknown + "]");
    expect_rejected<Events>(R"([{"NodeName":"n"}])", "missing required member at /0/Kind");
    expect_rejected<Events>(R"([{"Kind":null}])", "missing required member at /0/Kind");
    expect_rejected<Events>(R"([{"Kind":1}])", "wrong JSON type: a number where a string belongs at /0/Kind");
    expect_rejected<Events>(R"([{"Kind":{}}])", "wrong JSON type: an object where a string belongs at /0/Kind");
    expect_rejected<Events>(R"([[]])", "wrong JSON type: an array where an object belongs at /0");
    expect_rejected<Events>(R"([{"Kind":"NodeDown"}])", "missing required member at /0/EventInstanceId");
    // a kind's own members are required for that kind only
    expect_rejected<Events>(R"([{"Kind":"NodeDown",)" + std::string(event_head) + "}]",
                            "missing required member at /0/NodeName");
    expect_accepted<Events>(R"([{"Kind":"NodeDow",)" + std::string(event_head) + "}]");   // the base
    expect_accepted<Events>(R"([{"Kind":"ClusterEvent",)" + std::string(event_head) + R"(,"NodeName":5}])");

    // family<NodeEvent> lists NodeEvent itself: the base alternative
    using Nodes = shapes::NodeEventList;
    std::string const node = R"({"Kind":"NodeEvent",)" + std::string(event_head) + R"(,"NodeName":"n"})";
    expect_accepted<Nodes>("[" + node + "]");
    expect_rejected<Nodes>(R"([{"Kind":"ClusterUpgradeStarted",)" + std::string(event_head) + "}]",
                           "missing required member at /0/NodeName");   // unlisted here: the base, which needs it

    auto const index_of = [](std::string const& json) {
        auto const v = decoded<Nodes>("[" + json + "]");
        return v.empty() ? std::size_t(99) : v[0].index();
    };
    EXPECT_EQ(index_of(node), 0u);
    EXPECT_EQ(index_of(down), 1u);

    // the decoded alternative must be the one the document names
    expect_difference_at<Events>("[" + down + "]", [](Events& e) { e[0] = shapes::NodeEvent{}; }, "/0/Kind");
    expect_difference_at<Events>("[" + unknown + "]", [](Events& e) { e[0] = shapes::ClusterEvent{}; }, "/0/Kind");
    expect_difference_at<Events>("[" + unknown + "]", [](Events& e) {
        std::get<shapes::FabricEvent>(e[0].as_variant()).Kind = shapes::FabricEventKind::NodeDown;
    }, "/0/Kind");
    expect_difference_at<Events>("[" + down + "]", [](Events& e) {
        std::get<shapes::NodeDownEvent>(e[0].as_variant()).Kind.assign("NodeDown2");
    }, "/0/Kind");   // the member itself is read too
    expect_difference_at<Events>("[" + down + "]", [](Events& e) {
        std::get<shapes::NodeDownEvent>(e[0].as_variant()).NodeInstance = 2;
    }, "/0/NodeInstance");
    expect_difference_at<Nodes>("[" + node + "]", [](Nodes& e) { e[0] = shapes::NodeUpEvent{}; }, "/0/Kind");
}

TEST(OracleShapes, ClosedFamiliesAndFamiliesInKinds)
{
    using S = sfmodels::one_of<shapes::ServiceDescription>;
    std::string const service =
        R"({"ServiceKind":"Stateful","ServiceName":"fabric:/a","PartitionDescription":{"PartitionScheme":"singleton"},)"
        R"("ScalingPolicies":[{"ScalingMechanism":{"Kind":"PartitionInstanceCount","MinInstanceCount":1,)"
        R"("MaxInstanceCount":5,"ScaleIncrement":1},"ScaleInterval":"PT1H30M"}],"TargetReplicaSetSize":3})";
    expect_accepted<S>(service);
    std::string ranged = service;
    ranged.replace(ranged.find("singleton"), 9, "Ranged");
    expect_rejected<S>(ranged, "unknown kind \"Ranged\" at /PartitionDescription/PartitionScheme");
    std::string unknown_service = service;
    unknown_service.replace(unknown_service.find("Stateful"), 8, "Invalid");
    expect_accepted<S>(unknown_service);   // the base: a listed enumerator, but no kind
    std::string scaling = service;
    scaling.replace(scaling.find("PartitionInstanceCount"), 22, "AddRemoveIncrementalNamedPartition");
    expect_rejected<S>(scaling, "missing required member at /ScalingPolicies/0/ScalingMechanism/MinPartitionCount");

    auto const v = decoded<S>(service);
    ASSERT_TRUE(std::holds_alternative<shapes::StatefulServiceDescription>(v.as_variant()));
    EXPECT_EQ(v.index(), 1u);
    expect_difference_at<S>(service, [](S& s) {
        std::get<shapes::StatefulServiceDescription>(s.as_variant()).PartitionDescription =
            shapes::UniformInt64RangePartitionSchemeDescription{};
    }, "/PartitionDescription/PartitionScheme");
    expect_difference_at<S>(service, [](S& s) {
        auto& d = std::get<shapes::StatefulServiceDescription>(s.as_variant());
        std::get<1>((*d.ScalingPolicies)[0].ScalingMechanism.as_variant()).MaxInstanceCount = 6;
    }, "/ScalingPolicies/0/ScalingMechanism/MaxInstanceCount");
    expect_difference_at<S>(service, [](S& s) {
        auto& d = std::get<shapes::StatefulServiceDescription>(s.as_variant());
        (*d.ScalingPolicies)[0].ScaleInterval = duration_of(0, 1, 0, 30);
    }, "/ScalingPolicies/0/ScaleInterval");
    expect_difference_at<S>(service, [](S& s) { s = shapes::StatelessServiceDescription{}; }, "/ServiceKind");
}

TEST(OracleShapes, RecursiveTypes)
{
    using W = shapes::HealthEvaluationWrapper;
    std::string const health =
        R"({"HealthEvaluation":{"Kind":"Nodes","AggregatedHealthState":"Error","TotalCount":3,"UnhealthyEvaluations":[)"
        R"({"HealthEvaluation":{"Kind":"Event","ConsiderWarningAsError":true}},)"
        R"({"HealthEvaluation":{"Kind":"nodes","UnhealthyEvaluations":[)"
        R"({"HealthEvaluation":{"Kind":"Event","Description":"d"}},)"
        R"({"HealthEvaluation":{"Kind":"Partitions","Description":"newer"}},{"HealthEvaluation":null},{}]}}]}})";
    expect_accepted<W>(health);
    expect_rejected<W>(R"({"HealthEvaluation":{"Kind":"Nodes","UnhealthyEvaluations":[{"HealthEvaluation":)"
                       R"({"Kind":"Nodes","UnhealthyEvaluations":[{"HealthEvaluation":{"Kind":"Event",)"
                       R"("ConsiderWarningAsError":1}}]}}]}})",
                       "at /HealthEvaluation/UnhealthyEvaluations/0/HealthEvaluation/UnhealthyEvaluations/0/"
                       "HealthEvaluation/ConsiderWarningAsError");
    expect_rejected<W>(R"({"HealthEvaluation":{"Kind":"Nodes","UnhealthyEvaluations":[null]}})",
                       "at /HealthEvaluation/UnhealthyEvaluations/0");

    auto nodes = [](W& w) -> shapes::NodesHealthEvaluation& {
        return std::get<shapes::NodesHealthEvaluation>(w.HealthEvaluation->as_variant());
    };
    expect_difference_at<W>(health, [&](W& w) {
        W& inner = (*nodes(w).UnhealthyEvaluations)[1];
        W& innermost = (*nodes(inner).UnhealthyEvaluations)[0];
        std::get<shapes::EventHealthEvaluation>(innermost.HealthEvaluation->as_variant()).Description = "e";
    }, "/HealthEvaluation/UnhealthyEvaluations/1/HealthEvaluation/UnhealthyEvaluations/0/HealthEvaluation/Description");
    expect_difference_at<W>(health, [&](W& w) {
        W& inner = (*nodes(w).UnhealthyEvaluations)[1];
        std::get<shapes::HealthEvaluation>((*nodes(inner).UnhealthyEvaluations)[1].HealthEvaluation->as_variant())
            .Kind = "partitions";   // the base keeps the spelling received
    }, "/HealthEvaluation/UnhealthyEvaluations/1/HealthEvaluation/UnhealthyEvaluations/1/HealthEvaluation/Kind");
    expect_difference_at<W>(health, [&](W& w) {
        W& inner = (*nodes(w).UnhealthyEvaluations)[1];
        (*nodes(inner).UnhealthyEvaluations)[2].HealthEvaluation = shapes::HealthEvaluation{};
    }, "/HealthEvaluation/UnhealthyEvaluations/1/HealthEvaluation/UnhealthyEvaluations/2/HealthEvaluation");
    expect_difference_at<W>(health, [&](W& w) { nodes(w).TotalCount = 4; }, "/HealthEvaluation/TotalCount");
}

TEST(OracleShapes, ScalarsInAModel)
{
    using U = shapes::NodeUpEvent;
    std::string const up = node_up(R"(,"Downtime":"P10675199DT2H48M5.4775807S","Attempts":4294967295)");
    expect_accepted<U>(up);
    expect_difference_at<U>(up, [](U& u) { u.Downtime = *u.Downtime - sfmodels::ticks(1); }, "/Downtime");
    expect_difference_at<U>(up, [](U& u) { u.Attempts = 0; }, "/Attempts");
    expect_difference_at<U>(up, [](U& u) { u.NodeInstanceId = 8; }, "/NodeInstanceId");
    expect_rejected<U>(node_up(R"(,"Attempts":4294967296)"), "out of range for an unsigned 32-bit integer");
    expect_rejected<U>(node_up(R"(,"Attempts":1.5)"), "not an integer: 1.5E0 at /Attempts");
    expect_rejected<U>(node_up(R"(,"Downtime":"PT")"),
                       "not an ISO 8601 duration within 64-bit ticks: \"PT\" at /Downtime");

    using E = shapes::ClusterUpgradeStartedEvent;
    std::string const u = upgrade(R"(,"OverallUpgradeElapsedTimeInMs":12.5,"FailureRatio":"0.1","UpgradeDomains":-7)");
    expect_accepted<E>(u);
    expect_difference_at<E>(u, [](E& e) { *e.OverallUpgradeElapsedTimeInMs = 12.25; },
                            "/OverallUpgradeElapsedTimeInMs");
    expect_difference_at<E>(u, [](E& e) { e.FailureRatio->value = std::nextafter(0.1, 1.0); }, "/FailureRatio");
    expect_difference_at<E>(u, [](E& e) { e.UpgradeDomains = 7; }, "/UpgradeDomains");
    expect_difference_at<E>(u, [](E& e) { e.HasCorrelatedEvents = false; }, "/HasCorrelatedEvents");
    expect_rejected<E>(upgrade(R"(,"HasCorrelatedEvents":"true")"),
                       "wrong JSON type: a string where a boolean belongs at /HasCorrelatedEvents");
    expect_rejected<E>(upgrade(R"(,"OverallUpgradeElapsedTimeInMs":1e400)"), "out of range for a double");
    expect_rejected<E>(upgrade(R"(,"FailureRatio":"0.5x")"), "not a number: \"0.5x\" at /FailureRatio");
}

// Documents on both sides of each rule of the new kinds: the oracle and decode() agree.
template<class T>
void expect_agreement(std::string const& json)
{
    T model{};
    auto const result = sfmodels::decode(json, model);
    boost::system::error_code ec;
    boost::json::value const doc = oracle::parse(json, ec);
    ASSERT_FALSE(ec) << json;
    oracle::judgement const j = oracle::judge<T>(doc);
    EXPECT_EQ(result.ok(), j.outcome == oracle::verdict::accept)
        << json << ": decode " << result.message() << ", oracle " << j.why;
    if (result.ok()) {
        EXPECT_EQ(oracle::mismatch(doc, model), "") << json;
    }
}

TEST(OracleAgreesWithDecode, OnTheShapes)
{
    using U = shapes::NodeUpEvent;
    for (std::string_view attempts : {"0", "4294967295", "4294967296", "-1", "-0", "\"4294967295\"", "\"4294967296\"",
                                      "\"-0\"", "\"01\"", "1.0", "1e2", "true", "null", "[]"})
        expect_agreement<U>(node_up(R"(,"Attempts":)" + std::string(attempts)));
    for (std::string_view d :
         {"PT0S", "-PT0S", "P1Y2M3DT4H5M6.7S", "PT1H30M", "PT90M0.50S", "PT1.123456789S", "P0000000001D",
          "P10675199DT2H48M5.4775807S", "P10675199DT2H48M5.4775808S", "-P10675199DT2H48M5.4775808S",
          "-P10675199DT2H48M5.4775809S", "PT922337203685.4775807S", "PT922337203685.4775808S", "P29247Y", "P29248Y",
          "P99999999999999999999999D", "", "P", "PT", "P1DT", "PT1.5M", "P1.5D", "PT.5S", "PT1.S", "P1M1Y", "PT1S1M",
          "PT1H1H", "p1d", "PT1h", "P1W", "+P1D", " P1D", "PT1E3S"})
        expect_agreement<U>(node_up(R"(,"Downtime":")" + std::string(d) + "\""));
    expect_agreement<U>(node_up(R"(,"Downtime":60)"));

    using E = shapes::ClusterUpgradeStartedEvent;
    for (std::string_view x :
         {"0", "-0", "-0.0", "0.1", "12.5", "-1e-04", "1e308", "1.7976931348623157e308", "1.7976931348623159e308",
          "1e400", "-1e400", "1e-400", "4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
          "2.2250738585072011e-308", "9007199254740993", "18446744073709551615", "18446744073709551616",
          "123456789012345678901234567890", "0.30000000000000004", "\"0.1\"", "\"-0\"", "\"1e400\"", "\"1e-400\"",
          "\"1.\"", "\" 1\"", "\"0x10\"", "\"inf\"", "\"NaN\"", "\"\"", "true", "[]"})
        for (std::string_view member : {"OverallUpgradeElapsedTimeInMs", "FailureRatio"})
            expect_agreement<E>(upgrade(",\"" + std::string(member) + "\":" + std::string(x)));
    for (std::string_view c : {R"({})", R"({"a":1,"b":-2})", R"({"z":1,"a":2,"z":3,"":4})", R"({"a":null})",
                               R"({"a":"1"})", R"({"a":"x"})", R"({"a":1.5})", R"([])", R"("a")", R"({"a":{}})"})
        expect_agreement<E>(upgrade(R"(,"Counters":)" + std::string(c)));
    for (std::string_view d : {R"({"x":[1,2.5e3,{"y":null}],"z":"\"q\""})", R"( { "a" : [ 1 , true , null ] } )",
                               R"("text")", "-1.5e+3", "true", "false", "[]", "{}", "null", R"({"a":1,"a":2})",
                               R"("\u00e9\ud83d\ude00\/")", "1E400", "-0"})
        expect_agreement<E>(upgrade(R"(,"Details":)" + std::string(d)));

    using Events = shapes::FabricEventList;
    std::string const head(event_head);
    for (std::string_view kind : {"\"NodeDown\"", "\"nodedown\"", "\"NODEUP\"", "\"NodeEvent\"", "\"ClusterEvent\"",
                                  "\"SomethingNew\"", "\"\"", "\"Invalid\"", "1", "null", "{}", "[]"})
        for (std::string_view rest : {"", R"(,"NodeName":"n")",
                                      R"(,"NodeName":"n","NodeInstance":1,"LastNodeUpAt":"2024-01-01T00:00:00Z")",
                                      R"(,"NodeName":"n","NodeInstanceId":"1","Downtime":"PT1S")"}) {
            expect_agreement<Events>(R"([{"Kind":)" + std::string(kind) + "," + head + std::string(rest) + "}]");
            expect_agreement<shapes::NodeEventList>(R"([{"Kind":)" + std::string(kind) + "," + head +
                                                    std::string(rest) + "}]");
        }
    expect_agreement<Events>("[{" + head + R"(,"NodeName":"n","Kind":"NodeEvent"}])");   // a late discriminator
    expect_agreement<Events>("[{" + head + "}]");

    using S = sfmodels::one_of<shapes::ServiceDescription>;
    for (std::string_view scheme : {R"({"PartitionScheme":"Singleton"})",
                                    R"({"PartitionScheme":"SINGLETON","Count":"x"})",
                                    R"({"PartitionScheme":"Ranged"})", R"({"PartitionScheme":null})", R"({})",
                                    R"({"PartitionScheme":"UniformInt64Range","Count":1,"LowKey":"-1","HighKey":2})",
                                    R"({"PartitionScheme":"UniformInt64Range","Count":1,"LowKey":"-1"})"})
        for (std::string_view kind : {"Stateful", "stateless", "Invalid", "Other"})
            expect_agreement<S>(R"({"ServiceKind":")" + std::string(kind) +
                                R"(","ServiceName":"s","PartitionDescription":)" + std::string(scheme) +
                                R"(,"TargetReplicaSetSize":1,"InstanceCount":2})");

    using W = shapes::HealthEvaluationWrapper;
    for (std::string_view h : {R"({})", R"({"HealthEvaluation":null})", R"({"HealthEvaluation":{"Kind":"Other"}})",
                               R"({"HealthEvaluation":{"Kind":"Nodes","UnhealthyEvaluations":[{},)"
                               R"({"HealthEvaluation":{"Kind":"Event"}}]}})",
                               R"({"HealthEvaluation":{"Kind":"Nodes","UnhealthyEvaluations":[null]}})",
                               R"({"HealthEvaluation":{"Kind":"Nodes","MaxPercentUnhealthyNodes":-1}})",
                               R"({"HealthEvaluation":{"AggregatedHealthState":"Ok"}})"})
        expect_agreement<W>(std::string(h));
}

} // namespace oracle_test
} // namespace
