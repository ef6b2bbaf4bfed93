#include <sfmodels/detail/text/timestamp.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <random>
#include <regex>
#include <string>
#include <string_view>

namespace {
namespace text_timestamp_test {

using sfmodels::ticks;
using sfmodels::timestamp;
using sfmodels::detail::format_timestamp;
using sfmodels::detail::parse_timestamp;
using sfmodels::detail::timestamp_text_max;
using sfmodels::detail::unset_timestamp_ticks;

namespace chrono = std::chrono;
using namespace std::chrono_literals;

timestamp const sentinel{ticks(0x5EED)};
timestamp const min_time = timestamp(chrono::sys_days(chrono::year(0) / 1 / 1));
timestamp const max_time = timestamp(chrono::sys_days(chrono::year(10000) / 1 / 1)) - ticks(1);

std::optional<timestamp> parse(std::string_view s)
{
    timestamp t = sentinel;
    if(parse_timestamp(s, t))
        return t;
    EXPECT_EQ(t, sentinel) << "output touched on failure: " << s;
    return std::nullopt;
}

std::optional<std::string> format(timestamp t)
{
    char buf[timestamp_text_max + 8];
    std::fill(std::begin(buf), std::end(buf), '#');
    char* const end = format_timestamp(t, buf);
    if(!end)
        return std::nullopt;
    EXPECT_LE(end - buf, static_cast<std::ptrdiff_t>(timestamp_text_max));
    EXPECT_TRUE(std::all_of(end, std::end(buf), [](char c) { return c == '#'; }))
        << "wrote past the returned end";
    return std::string(buf, end);
}

timestamp utc(int y, unsigned mo, unsigned d, int h = 0, int mi = 0, int s = 0, ticks f = {})
{
    return timestamp(chrono::sys_days(chrono::year(y) / mo / d)) + chrono::hours(h) +
           chrono::minutes(mi) + chrono::seconds(s) + f;
}

// Independent reference parser: a regex for the syntax, std::chrono for the rest.
std::optional<timestamp> reference_parse(std::string const& s)
{
    static std::regex const syntax(
        "([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})"
        "(?:\\.([0-9]+))?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))");
    std::smatch m;
    if(!std::regex_match(s, m, syntax))
        return std::nullopt;
    auto const num = [&m](int i) { return std::stoi(m[i].str()); };
    chrono::year_month_day const date{chrono::year(num(1)), chrono::month(unsigned(num(2))),
                                      chrono::day(unsigned(num(3)))};
    if(!date.ok() || num(4) > 23 || num(5) > 59 || num(6) > 59)
        return std::nullopt;
    ticks fraction{};
    if(m[7].matched)
    {
        std::string digits = m[7].str();
        digits.resize(7, '0');
        fraction = ticks(std::stoll(digits));
    }
    chrono::minutes offset{};
    if(m[8].matched)
    {
        if(num(9) > 23 || num(10) > 59)
            return std::nullopt;
        offset = chrono::hours(num(9)) + chrono::minutes(num(10));
        if(m[8] == "-")
            offset = -offset;
    }
    return timestamp(chrono::sys_days(date)) + chrono::hours(num(4)) + chrono::minutes(num(5)) +
           chrono::seconds(num(6)) + fraction - offset;
}

// Independent reference formatter built on std::chrono::year_month_day.
std::string reference_format(timestamp t)
{
    auto const day = chrono::floor<chrono::days>(t);
    chrono::year_month_day const date{day};
    chrono::hh_mm_ss<ticks> const time{t - day};
    char buf[64];
    int n = std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d", int(date.year()),
                          unsigned(date.month()), unsigned(date.day()), int(time.hours().count()),
                          int(time.minutes().count()), int(time.seconds().count()));
    if(auto const f = time.subseconds().count())
    {
        n += std::snprintf(buf + n, sizeof buf - n, ".%07d", int(f));
        while(buf[n - 1] == '0')
            --n;
    }
    return std::string(buf, n) + 'Z';
}

// The instant `s` denotes, written by the reference formatter.
std::string in_utc(std::string_view s)
{
    auto const t = parse(s);
    return t ? reference_format(*t) : "<rejected>";
}

static_assert([] {
    timestamp t;
    return parse_timestamp("0001-01-01T00:00:00Z", t) &&
           t.time_since_epoch() == chrono::seconds(-62'135'596'800);
}());

static_assert([] {
    char buf[timestamp_text_max];
    timestamp const t{ticks(490'000)};
    char* const end = format_timestamp(t, buf);
    return std::string_view(buf, end - buf) == "1970-01-01T00:00:00.049Z";
}());

TEST(TextTimestamp, UnsetValueIsTheDotNetMinimum)
{
    auto const t = parse("0001-01-01T00:00:00Z");
    ASSERT_TRUE(t);
    EXPECT_EQ(t->time_since_epoch(), chrono::seconds(-62'135'596'800));
    EXPECT_EQ(t->time_since_epoch().count(), -621'355'968'000'000'000);
    EXPECT_EQ(format(*t), "0001-01-01T00:00:00Z");
    // written from a literal; the instants around it the general way
    EXPECT_EQ(unset_timestamp_ticks, t->time_since_epoch().count());
    EXPECT_EQ(format(*t - ticks(1)), "0000-12-31T23:59:59.9999999Z");
    EXPECT_EQ(format(*t + ticks(1)), "0001-01-01T00:00:00.0000001Z");
}

TEST(TextTimestamp, ParsesKnownInstants)
{
    EXPECT_EQ(parse("1970-01-01T00:00:00Z"), timestamp{});
    EXPECT_EQ(parse("1970-01-01T00:00:00.0000001Z"), timestamp{ticks(1)});
    EXPECT_EQ(parse("1969-12-31T23:59:59.9999999Z"), timestamp{ticks(-1)});
    EXPECT_EQ(parse("2038-01-19T03:14:08Z"), timestamp(chrono::seconds(2'147'483'648)));
    EXPECT_EQ(parse("0000-01-01T00:00:00Z"), min_time);
    EXPECT_EQ(parse("9999-12-31T23:59:59.9999999Z"), max_time);
    EXPECT_EQ(in_utc("2000-02-29T12:34:56.789Z"), "2000-02-29T12:34:56.789Z");
    EXPECT_EQ(in_utc("2024-06-01t08:00:00z"), "2024-06-01T08:00:00Z");
}

TEST(TextTimestamp, FormatsKnownInstants)
{
    EXPECT_EQ(format(timestamp{}), "1970-01-01T00:00:00Z");
    EXPECT_EQ(format(timestamp{ticks(-1)}), "1969-12-31T23:59:59.9999999Z");
    EXPECT_EQ(format(utc(2000, 2, 29, 12, 34, 56, ticks(490'000))), "2000-02-29T12:34:56.049Z");
    EXPECT_EQ(format(utc(2000, 2, 29, 12, 34, 56, ticks(1'234'567))),
              "2000-02-29T12:34:56.1234567Z");
    EXPECT_EQ(format(utc(2000, 2, 29, 12, 34, 56, ticks(1'000'000))), "2000-02-29T12:34:56.1Z");
    EXPECT_EQ(format(utc(2000, 2, 29, 12, 34, 56, ticks(1))), "2000-02-29T12:34:56.0000001Z");
    EXPECT_EQ(format(utc(2000, 2, 29, 12, 34, 56, ticks(1'000'010))),
              "2000-02-29T12:34:56.100001Z");
    EXPECT_EQ(format(min_time), "0000-01-01T00:00:00Z");
    EXPECT_EQ(format(max_time), "9999-12-31T23:59:59.9999999Z");
    EXPECT_EQ(format(max_time)->size(), timestamp_text_max);
}

TEST(TextTimestamp, FormatRejectsInstantsOutsideTheFourDigitYears)
{
    EXPECT_FALSE(format(min_time - ticks(1)));
    EXPECT_FALSE(format(max_time + ticks(1)));
    EXPECT_FALSE(format(timestamp(ticks::min())));
    EXPECT_FALSE(format(timestamp(ticks::max())));
    EXPECT_FALSE(format(utc(-1, 12, 31, 23, 59, 59)));
    EXPECT_FALSE(format(utc(10000, 1, 1)));
    // Offsets can carry a parsed instant just outside the range.
    auto const before = parse("0000-01-01T00:00:00+00:01");
    auto const after = parse("9999-12-31T23:59:59-00:01");
    ASSERT_TRUE(before && after);
    EXPECT_EQ(*before, min_time - 1min);
    EXPECT_EQ(*after, max_time + ticks(1) - 1s + 1min);
    EXPECT_FALSE(format(*before));
    EXPECT_FALSE(format(*after));
}

TEST(TextTimestamp, FractionsOfAnyLength)
{
    std::string const s = "2001-02-03T04:05:06";
    timestamp const whole = utc(2001, 2, 3, 4, 5, 6);
    EXPECT_EQ(parse(s + "Z"), whole);
    std::string const digits = "9876543210";
    std::int64_t const expected[] = {0,         9'000'000, 9'800'000, 9'870'000, 9'876'000,
                                     9'876'500, 9'876'540, 9'876'543, 9'876'543, 9'876'543};
    for(std::size_t n = 1; n <= 9; ++n)
    {
        std::string const text = s + "." + digits.substr(0, n) + "Z";
        auto const t = parse(text);
        ASSERT_TRUE(t) << text;
        EXPECT_EQ((*t - whole).count(), expected[n]) << text;
    }
    EXPECT_EQ(parse(s + ".0Z"), whole);
    EXPECT_EQ(parse(s + ".0000000000000000000000000000000000000001Z"), whole);
    EXPECT_EQ(parse(s + ".99999999999999999999999999999999999999999Z"), whole + ticks(9'999'999));
    EXPECT_EQ(in_utc(s + ".5+01:00"), "2001-02-03T03:05:06.5Z");
    for(char const* bad : {".Z", ".", "..1Z", ".1.2Z", ".1aZ", ".12345678aZ", ".-1Z", ". 1Z",
                           ",1Z", ".1", ".1 Z", ".1e3Z", ".\x80Z"})
        EXPECT_FALSE(parse(s + bad)) << s + bad;
}

TEST(TextTimestamp, OffsetsConvertToUtcAcrossDayAndYearBoundaries)
{
    EXPECT_EQ(in_utc("2000-01-01T00:30:00+01:00"), "1999-12-31T23:30:00Z");
    EXPECT_EQ(in_utc("1999-12-31T23:30:00-01:00"), "2000-01-01T00:30:00Z");
    EXPECT_EQ(in_utc("2000-03-01T05:00:00+06:00"), "2000-02-29T23:00:00Z");
    EXPECT_EQ(in_utc("1900-03-01T05:00:00+05:30"), "1900-02-28T23:30:00Z");
    EXPECT_EQ(in_utc("2024-12-31T20:00:00-23:59"), "2025-01-01T19:59:00Z");
    EXPECT_EQ(in_utc("2025-01-01T00:00:00+23:59"), "2024-12-31T00:01:00Z");
    EXPECT_EQ(in_utc("2024-06-01T12:00:00+00:00"), "2024-06-01T12:00:00Z");
    EXPECT_EQ(in_utc("2024-06-01T12:00:00-00:00"), "2024-06-01T12:00:00Z");
    EXPECT_EQ(in_utc("2024-06-01T12:00:00.25-09:45"), "2024-06-01T21:45:00.25Z");
    EXPECT_EQ(in_utc("0001-01-01T00:00:00+00:00"), "0001-01-01T00:00:00Z");
    EXPECT_EQ(in_utc("0001-01-01T00:00:00+00:01"), "0000-12-31T23:59:00Z");
    EXPECT_EQ(in_utc("9998-12-31T23:59:59.9999999-00:01"), "9999-01-01T00:00:59.9999999Z");

    for(char const* bad : {"+24:00", "-24:00", "+00:60", "+99:99", "+0100", "+01", "+1:00",
                           "+01:0", "+01:000", "+01-00", "+01:00Z", "Z+01:00", "ZZ", "+-1:00",
                           " +01:00", "+01:00 ", "UTC", "GMT", "Z ", "", "\0"})
    {
        std::string const text = std::string("2024-06-01T12:00:00") + bad;
        EXPECT_FALSE(parse(text)) << text;
    }
}

TEST(TextTimestamp, ValidatesCalendarDates)
{
    EXPECT_TRUE(parse("2000-02-29T00:00:00Z"));
    EXPECT_FALSE(parse("1900-02-29T00:00:00Z"));
    EXPECT_TRUE(parse("2004-02-29T00:00:00Z"));
    EXPECT_FALSE(parse("2100-02-29T00:00:00Z"));
    EXPECT_TRUE(parse("2400-02-29T00:00:00Z"));
    EXPECT_TRUE(parse("0000-02-29T00:00:00Z"));
    EXPECT_FALSE(parse("2023-02-29T00:00:00Z"));
    EXPECT_FALSE(parse("2000-02-30T00:00:00Z"));
    for(char const* month : {"01", "03", "05", "07", "08", "10", "12"})
    {
        EXPECT_TRUE(parse(std::string("2023-") + month + "-31T00:00:00Z")) << month;
        EXPECT_FALSE(parse(std::string("2023-") + month + "-32T00:00:00Z")) << month;
    }
    for(char const* month : {"04", "06", "09", "11"})
    {
        EXPECT_TRUE(parse(std::string("2023-") + month + "-30T00:00:00Z")) << month;
        EXPECT_FALSE(parse(std::string("2023-") + month + "-31T00:00:00Z")) << month;
    }
    for(char const* bad : {"2023-00-01", "2023-13-01", "2023-99-01", "2023-01-00", "2023-1-01",
                           "2023-01-1", "023-01-01", "20230-01-01", "+2023-01-01", "-2023-01-01",
                           "2023/01/01", "2023-01-01-"})
        EXPECT_FALSE(parse(std::string(bad) + "T00:00:00Z")) << bad;
}

TEST(TextTimestamp, ValidatesTimesOfDay)
{
    EXPECT_TRUE(parse("2023-06-30T23:59:59Z"));
    EXPECT_TRUE(parse("2023-06-30T00:00:00Z"));
    EXPECT_FALSE(parse("2023-06-30T24:00:00Z"));
    EXPECT_FALSE(parse("2023-06-30T23:60:00Z"));
    EXPECT_FALSE(parse("2016-12-31T23:59:60Z")); // a real leap second, still rejected
    EXPECT_FALSE(parse("2023-06-30T23:59:60.5Z"));
    EXPECT_FALSE(parse("2023-06-30T23:59Z"));
    EXPECT_FALSE(parse("2023-06-30T1:00:00Z"));
    EXPECT_FALSE(parse("2023-06-30T01:00:0Z"));
    EXPECT_FALSE(parse("2023-06-30T01-00-00Z"));
}

TEST(TextTimestamp, RejectsOtherSpellings)
{
    for(char const* bad : {
            "", "Z", "2023-06-30", "2023-06-30T", "2023-06-30T12:00:00", "2023-06-30 12:00:00Z",
            "2023-06-30_12:00:00Z", "2023-06-30TT12:00:00Z", " 2023-06-30T12:00:00Z",
            "2023-06-30T12:00:00Z ", "2023-06-30T12:00:00Z\n", "2023-06-30T12:00:00z0",
            "2023-06-30T12:00:00.Z", "20230630T120000Z", "2023-06-30T12:00:00+01:00:00",
            "1688126400", "2023-06-30T12:00:00Zulu", "2023-06-30T12:00:00 Z",
            "\xef\xbb\xbf" "2023-06-30T12:00:00Z", "2023-06-30T12:00:00\xda"})
        EXPECT_FALSE(parse(bad)) << bad;
    EXPECT_FALSE(parse(std::string_view()));
    EXPECT_FALSE(parse(std::string_view("2023-06-30T12:00:00Z\0", 21)));
    EXPECT_FALSE(parse(std::string_view("2023-06-30T12:00:00\0Z", 21)));
}

TEST(TextTimestamp, ReadsOnlyTheGivenChars)
{
    // Exactly sized heap copies of every prefix, so a sanitizer catches any
    // read past the end.
    std::string const text = "2023-06-30T12:00:00.1234567890+01:00";
    for(std::size_t n = 0; n <= text.size(); ++n)
    {
        auto const copy = std::make_unique<char[]>(n);
        std::copy_n(text.data(), n, copy.get());
        std::string_view const prefix(copy.get(), n);
        EXPECT_EQ(parse(prefix).has_value(), n == text.size()) << prefix;
    }
}

TEST(TextTimestamp, EveryDayRoundTripsThroughText)
{
    std::mt19937_64 rng(1);
    std::uniform_int_distribution<std::int64_t> time_of_day(0, 864'000'000'000 - 1);
    int i = 0;
    for(timestamp day = min_time; day <= max_time; day += chrono::days(1), ++i)
    {
        timestamp const t = day + ticks(time_of_day(rng));
        char buf[timestamp_text_max];
        char* const end = format_timestamp(t, buf);
        timestamp back;
        if(!end || !parse_timestamp(std::string_view(buf, end - buf), back) || back != t)
            FAIL() << "no round trip for " << t.time_since_epoch().count();
        if(i % 29 == 0)
        {
            ASSERT_EQ(std::string_view(buf, end - buf), reference_format(t));
        }
    }
    EXPECT_EQ(i, 3'652'425);
}

TEST(TextTimestamp, RandomInstantsRoundTripAndMatchTheReference)
{
    std::mt19937_64 rng(20240601);
    std::uniform_int_distribution<std::int64_t> any(min_time.time_since_epoch().count(),
                                                    max_time.time_since_epoch().count());
    std::uniform_int_distribution<int> digits(0, 7);
    for(int i = 0; i < 300'000; ++i)
    {
        // Vary the number of significant fraction digits, including none.
        std::int64_t n = any(rng);
        int const keep = digits(rng);
        std::int64_t scale = 1;
        for(int k = keep; k < 7; ++k)
            scale *= 10;
        n -= ((n % scale) + scale) % scale;
        timestamp const t{ticks(n)};

        auto const text = format(t);
        ASSERT_TRUE(text) << n;
        ASSERT_EQ(*text, reference_format(t)) << n;
        auto const back = parse(*text);
        ASSERT_TRUE(back) << *text;
        ASSERT_EQ(*back, t) << *text;
    }
    for(timestamp t : {min_time, min_time + ticks(1), max_time, max_time - ticks(1), timestamp{},
                       timestamp{ticks(-1)}, timestamp{ticks(1)}})
    {
        auto const back = parse(*format(t));
        ASSERT_TRUE(back);
        EXPECT_EQ(*back, t);
    }
}

TEST(TextTimestamp, RandomFieldsMatchTheReferenceParser)
{
    std::mt19937_64 rng(42);
    auto const pick = [&rng](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    int accepted = 0;
    for(int i = 0; i < 100'000; ++i)
    {
        char buf[96];
        int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d%c%02d:%02d:%02d", pick(0, 9999),
                              pick(0, 13), pick(0, 32), "Tt"[pick(0, 1)], pick(0, 24), pick(0, 60),
                              pick(0, 60));
        if(int const f = pick(-1, 10); f >= 0)
        {
            buf[n++] = '.';
            for(int k = 0; k < f; ++k)
                buf[n++] = static_cast<char>('0' + pick(0, 9));
        }
        if(pick(0, 2) == 0)
            buf[n++] = "Zz"[pick(0, 1)];
        else
            n += std::snprintf(buf + n, sizeof buf - n, "%c%02d:%02d", "+-"[pick(0, 1)],
                               pick(0, 24), pick(0, 60));
        std::string const text(buf, n);
        auto const expected = reference_parse(text);
        ASSERT_EQ(parse(text), expected) << text;
        accepted += expected.has_value();
    }
    EXPECT_GT(accepted, 10'000); // the generator exercises both outcomes
    EXPECT_LT(accepted, 90'000);
}

TEST(TextTimestamp, EveryCharAtEveryPositionMatchesTheReferenceParser)
{
    for(std::string const base : {"2024-02-29T23:59:59.1234567Z", "1999-12-31t00:00:00+23:59",
                                  "0000-01-01T00:00:00.5-00:00", "2023-11-30T19:09:09.987654321z"})
    {
        ASSERT_TRUE(reference_parse(base)) << base;
        for(std::size_t pos = 0; pos <= base.size(); ++pos)
        {
            for(int c = 0; c < 256; ++c)
            {
                std::string inserted = base;
                inserted.insert(pos, 1, static_cast<char>(c));
                ASSERT_EQ(parse(inserted), reference_parse(inserted)) << inserted;
                if(pos == base.size())
                    continue;
                std::string replaced = base;
                replaced[pos] = static_cast<char>(c);
                ASSERT_EQ(parse(replaced), reference_parse(replaced)) << replaced;
            }
            std::string erased = base;
            erased.erase(pos < base.size() ? pos : base.size() - 1, 1);
            ASSERT_EQ(parse(erased), reference_parse(erased)) << erased;
        }
    }
}

} // namespace text_timestamp_test
} // namespace
