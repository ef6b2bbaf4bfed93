#include <sfmodels/detail/text/duration.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <random>
#include <regex>
#include <string>
#include <string_view>

namespace {
namespace text_duration_test {

using sfmodels::ticks;
using sfmodels::detail::duration_text_max;
using sfmodels::detail::format_duration;
using sfmodels::detail::parse_duration;

using limits = std::numeric_limits<std::int64_t>;

constexpr std::int64_t second = 10'000'000;
constexpr std::int64_t minute = 60 * second;
constexpr std::int64_t hour = 60 * minute;
constexpr std::int64_t day = 24 * hour;

ticks const sentinel{0x5EED};

std::optional<std::int64_t> parse(std::string_view s)
{
    ticks d = sentinel;
    if(parse_duration(s, d))
        return d.count();
    EXPECT_EQ(d, sentinel) << "output touched on failure: " << s;
    return std::nullopt;
}

std::string format(std::int64_t n)
{
    char buf[duration_text_max + 8];
    std::fill(std::begin(buf), std::end(buf), '#');
    char* const end = format_duration(ticks(n), buf);
    EXPECT_LE(end - buf, static_cast<std::ptrdiff_t>(duration_text_max)) << n;
    EXPECT_TRUE(std::all_of(end, std::end(buf), [](char c) { return c == '#'; }))
        << "wrote past the returned end for " << n;
    return std::string(buf, end);
}

// Independent reference formatter: signed division with truncation, so each
// field keeps the sign of the whole and fits comfortably once negated.
std::string reference_format(std::int64_t n)
{
    if(n == 0)
        return "PT0S";
    std::int64_t const days = n / day;
    std::int64_t const rest = n % day;
    auto const abs = [](std::int64_t v) { return static_cast<long long>(v < 0 ? -v : v); };
    long long const h = abs(rest / hour);
    long long const m = abs(rest % hour / minute);
    long long const s = abs(rest % minute / second);
    long long const f = abs(rest % second);
    std::string text = n < 0 ? "-P" : "P";
    char buf[64];
    if(days != 0)
        text += std::to_string(abs(days)) + 'D';
    if(rest != 0)
        text += 'T';
    if(h != 0)
        text += std::to_string(h) + 'H';
    if(m != 0)
        text += std::to_string(m) + 'M';
    if(s != 0 || f != 0)
    {
        text += std::to_string(s);
        if(f != 0)
        {
            int k = std::snprintf(buf, sizeof buf, ".%07lld", f);
            while(buf[k - 1] == '0')
                --k;
            text.append(buf, static_cast<std::size_t>(k));
        }
        text += 'S';
    }
    return text;
}

// Independent reference parser: a regex for the syntax, checked signed
// arithmetic for the value.
std::optional<std::int64_t> reference_parse(std::string const& s)
{
    static std::regex const syntax("(-?)P(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)D)?"
                                   "(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)(?:\\.([0-9]+))?S)?)?");
    std::smatch m;
    if(!std::regex_match(s, m, syntax))
        return std::nullopt;
    bool const date = m[2].matched || m[3].matched || m[4].matched;
    bool const time = m[5].matched || m[6].matched || m[7].matched;
    std::size_t const t = s.find('T');
    if(!date && !time)
        return std::nullopt;
    if(t != std::string::npos && !time)
        return std::nullopt;

    // Accumulate towards the sign of the result, so min needs no special case.
    int const sign = m[1].length() ? -1 : 1;
    std::int64_t total = 0;
    auto const add = [&total, sign](std::string const& digits, std::int64_t unit) {
        std::int64_t n = 0;
        for(char const c : digits)
            if(__builtin_mul_overflow(n, 10, &n) || __builtin_add_overflow(n, sign * (c - '0'), &n))
                return false;
        std::int64_t product;
        return !__builtin_mul_overflow(n, unit, &product) &&
               !__builtin_add_overflow(total, product, &total);
    };
    std::int64_t const units[] = {365 * day, 30 * day, day, hour, minute, second};
    for(int i = 0; i < 6; ++i)
        if(m[i + 2].matched && !add(m[i + 2].str(), units[i]))
            return std::nullopt;
    if(m[8].matched)
    {
        std::string digits = m[8].str();
        digits.resize(7, '0');
        if(!add(digits, 1))
            return std::nullopt;
    }
    return total;
}

static_assert([] {
    ticks d{};
    return parse_duration("-P10675199DT2H48M5.4775808S", d) && d == ticks::min();
}());

static_assert([] {
    char buf[duration_text_max];
    char* const end = format_duration(ticks::min(), buf);
    return std::string_view(buf, static_cast<std::size_t>(end - buf)) ==
           "-P10675199DT2H48M5.4775808S";
}());

TEST(TextDuration, DotNetExtremesAreExact)
{
    // TimeSpan.MaxValue: what clusters send for an infinite time-to-live.
    EXPECT_EQ(parse("P10675199DT2H48M5.4775807S"), limits::max());
    EXPECT_EQ(parse("-P10675199DT2H48M5.4775808S"), limits::min());
    EXPECT_EQ(parse("-P10675199DT2H48M5.4775807S"), limits::min() + 1);
    EXPECT_EQ(format(limits::max()), "P10675199DT2H48M5.4775807S");
    EXPECT_EQ(format(limits::min()), "-P10675199DT2H48M5.4775808S");
    EXPECT_EQ(format(limits::min() + 1), "-P10675199DT2H48M5.4775807S");
    // The same extremes spelled with other components.
    EXPECT_EQ(parse("PT922337203685.4775807S"), limits::max());
    EXPECT_EQ(parse("-PT922337203685.4775808S"), limits::min());
    EXPECT_EQ(parse("PT256204778H48M5.4775807S"), limits::max());
    EXPECT_EQ(parse("P29247Y44DT2H48M5.4775807S"), limits::max());
    EXPECT_EQ(parse("-P355839M29DT2H48M5.4775808S"), limits::min());
}

TEST(TextDuration, ParsesKnownDurations)
{
    struct
    {
        std::string_view text;
        std::int64_t ticks;
    } const cases[] = {
        {"PT1H30M", 90 * minute},
        {"P1DT2H", day + 2 * hour},
        {"PT0.5S", second / 2},
        {"PT0S", 0},
        {"P0D", 0},
        {"-PT0S", 0},
        {"-P0D", 0},
        {"P0Y0M0DT0H0M0.0S", 0},
        {"P1Y", 365 * day},
        {"P1M", 30 * day},
        {"PT1M", minute},
        {"P1MT1M", 30 * day + minute},
        {"P1Y2M3DT4H5M6.7S", (365 + 60 + 3) * day + 4 * hour + 5 * minute + 67 * second / 10},
        {"P1Y2M", 425 * day},
        {"P2M3D", 63 * day},
        {"P1YT1S", 365 * day + second},
        {"PT36H", 36 * hour},
        {"PT90M", 90 * minute},
        {"PT3600S", hour},
        {"PT1H1S", hour + second},
        {"PT5.4775807S", 54'775'807},
        {"PT0.0000001S", 1},
        {"-PT0.0000001S", -1},
        {"PT0.1S", 1'000'000},
        {"PT1.1234567S", 11'234'567},
        {"PT1.12345678S", 11'234'567},
        {"PT1.99999999999999999999999999S", 19'999'999},
        {"PT0.00000009S", 0},
        {"-PT0.00000009S", 0},
        {"PT0.00000019S", 1},
        {"PT0.0S", 0},
        {"PT01H", hour},
        {"P007D", 7 * day},
        {"PT0000000000000000000000000000000001S", second},
        {"-P1D", -day},
        {"-PT1H30M", -90 * minute},
        {"-P1DT0.5S", -day - second / 2},
    };
    for(auto const& c : cases)
        EXPECT_EQ(parse(c.text), c.ticks) << c.text;
}

TEST(TextDuration, FormatsCanonically)
{
    struct
    {
        std::int64_t ticks;
        std::string_view text;
    } const cases[] = {
        {0, "PT0S"},
        {1, "PT0.0000001S"},
        {-1, "-PT0.0000001S"},
        {second / 2, "PT0.5S"},
        {second, "PT1S"},
        {-second, "-PT1S"},
        {minute, "PT1M"},
        {hour, "PT1H"},
        {90 * minute, "PT1H30M"},
        {hour + second, "PT1H1S"},
        {day, "P1D"},
        {-day, "-P1D"},
        {day + 2 * hour, "P1DT2H"},
        {day + 1, "P1DT0.0000001S"},
        {365 * day, "P365D"},
        {36 * hour, "P1DT12H"},
        {day - 1, "PT23H59M59.9999999S"},
        {10 * day + 10 * hour + 10 * minute + 10 * second + 1'000'000, "P10DT10H10M10.1S"},
        {12'345'670, "PT1.234567S"},
        {10'000'010, "PT1.000001S"},
        {-(10'675'198 * day + day - 1), "-P10675198DT23H59M59.9999999S"},
    };
    for(auto const& c : cases)
    {
        EXPECT_EQ(format(c.ticks), c.text) << c.ticks;
        EXPECT_EQ(format(c.ticks), reference_format(c.ticks)) << c.ticks;
    }
}

TEST(TextDuration, LongestTextFillsTheBound)
{
    EXPECT_EQ(format(-(10'675'198 * day + day - 1)).size(), duration_text_max);
    // The extremes themselves are shorter: their remainder is 2H48M5.477580xS.
    EXPECT_LT(format(limits::min()).size(), duration_text_max);
}

TEST(TextDuration, FormatOfAParseIsCanonical)
{
    struct
    {
        std::string_view text;
        std::string_view canonical;
    } const cases[] = {
        {"P0D", "PT0S"},
        {"-P0D", "PT0S"},
        {"-PT0.00000001S", "PT0S"},
        {"P0Y0M0DT0H0M0S", "PT0S"},
        {"PT1H30M", "PT1H30M"},
        {"PT90M", "PT1H30M"},
        {"PT5400S", "PT1H30M"},
        {"PT36H", "P1DT12H"},
        {"P1Y", "P365D"},
        {"P1M", "P30D"},
        {"P1Y1M1DT1H1M1.10S", "P396DT1H1M1.1S"},
        {"PT0.50000000S", "PT0.5S"},
        {"PT01.0S", "PT1S"},
        {"P007DT00H", "P7D"},
        {"-PT86400S", "-P1D"},
        {"PT922337203685.4775807S", "P10675199DT2H48M5.4775807S"},
    };
    for(auto const& c : cases)
    {
        auto const d = parse(c.text);
        ASSERT_TRUE(d) << c.text;
        EXPECT_EQ(format(*d), c.canonical) << c.text;
    }
}

TEST(TextDuration, RejectsOtherSpellings)
{
    using namespace std::string_view_literals;
    std::string_view const cases[] = {
        std::string_view(), ""sv, "P"sv, "PT"sv, "-P"sv, "-PT"sv, "-"sv, "--P1D"sv, "+P1D"sv,
        "P1DT"sv, "-P1DT"sv, "1D"sv, "T1H"sv, "p1D"sv, "P1d"sv, "pt1h"sv, "Pt1H"sv, "PT1h"sv,
        "PT1m"sv, "PT1s"sv, "P1y"sv, "P-1D"sv, "P+1D"sv, "PT-1S"sv, "PT+1S"sv, "P 1D"sv,
        " P1D"sv, "P1D "sv, "P1 D"sv, "PT1H "sv, "P1D\n"sv, "P1.5D"sv, "P1.5Y"sv, "P1.5M"sv,
        "PT1.5H"sv, "PT1.5M"sv, "PT.5S"sv, "PT1.S"sv, "PT1.5"sv, "PT1."sv, "PT1..5S"sv,
        "PT1.5.5S"sv, "PT1,5S"sv, "PT1.-5S"sv, "PT1.5e1S"sv, "PT1e3S"sv, "P1"sv, "PT1"sv,
        "P1H"sv, "P1S"sv, "PT1D"sv, "PT1Y"sv, "P1W"sv, "PD"sv, "PTS"sv, "PTH"sv, "PT.S"sv,
        "P1D1Y"sv, "P1M1Y"sv, "P1D1M"sv, "P1Y1Y"sv, "P1M1M"sv, "P1D1D"sv, "P1D2D"sv,
        "PT1M1H"sv, "PT1S1H"sv, "PT1S1M"sv, "PT1H1H"sv, "PT1M1M"sv, "PT1S1S"sv, "PT1HT1M"sv,
        "P1DT1HT1M"sv, "PTT1H"sv, "PT1H1"sv, "P1DT1H1M1S1"sv, "PT1SS"sv, "P1YT"sv, "PT0x1S"sv,
        "P\0"sv, "P1D\0"sv, "P\0" "1D"sv, "PT1\0S"sv, "P1DT1H\x80"sv, "\xef\xbb\xbfPT1S"sv,
        "PT1H30M\0"sv, "-0PT1S"sv, "P-0D"sv, "-P-1D"sv, "PT\u0661S"sv,
    };
    for(auto const s : cases)
    {
        EXPECT_FALSE(parse(s)) << '"' << s << '"';
        EXPECT_FALSE(reference_parse(std::string(s))) << "reference disagrees: " << s;
    }
}

TEST(TextDuration, RejectsOverflowExactlyAtTheBounds)
{
    std::string_view const cases[] = {
        "P10675199DT2H48M5.4775808S",
        "-P10675199DT2H48M5.4775809S",
        "PT922337203685.4775808S",
        "-PT922337203685.4775809S",
        "PT922337203686S",
        "-PT922337203686S",
        "P10675199DT2H48M6S",
        "P10675199DT2H49M",
        "P10675199DT3H",
        "P10675200D",
        "-P10675200D",
        "P29248Y",
        "P355840M",
        "P10675199DT24H",
        "P29247Y44DT3H",
        "P29247Y1M14DT3H",
        "PT9223372036854775807S",
        "PT9223372036854775808S",
        "PT9223372036854775807H",
        "PT18446744073709551615S",
        "PT18446744073709551616S",                   // wraps to 0 in 64 bits
        "PT18446744073709551616000000000000000000S", // so does this
        "P18446744073709551616D",
        "PT9223372036854775808.0000001S",
        "PT99999999999999999999999999999999S",
        "PT922337203685477580.7S",
    };
    for(auto const s : cases)
        EXPECT_FALSE(parse(s)) << s;
    // One tick less than each overflow, for the cases where that is expressible.
    EXPECT_EQ(parse("PT922337203685.4775807S"), limits::max());
    EXPECT_EQ(parse("-PT922337203685.4775808S"), limits::min());
    EXPECT_TRUE(parse("P10675199D"));
    EXPECT_TRUE(parse("-P10675199D"));
    EXPECT_TRUE(parse("P29247Y"));
    EXPECT_TRUE(parse("P355839M"));
    EXPECT_EQ(parse("PT922337203685S"), 922'337'203'685 * second);
    // Truncating the fraction keeps this one in range.
    EXPECT_EQ(parse("P10675199DT2H48M5.47758079999999999S"), limits::max());
}

TEST(TextDuration, ReadsOnlyTheGivenChars)
{
    // Exactly sized heap copies of every prefix, so a sanitizer catches any
    // read past the end.
    std::string const text = "-P1Y2M3DT4H5M6.123456789S";
    for(std::size_t n = 0; n <= text.size(); ++n)
    {
        auto const copy = std::make_unique<char[]>(n);
        std::copy_n(text.data(), n, copy.get());
        std::string_view const prefix(copy.get(), n);
        EXPECT_EQ(parse(prefix).has_value(), n == text.size() || prefix == "-P1Y" ||
                                                 prefix == "-P1Y2M" || prefix == "-P1Y2M3D" ||
                                                 prefix == "-P1Y2M3DT4H" ||
                                                 prefix == "-P1Y2M3DT4H5M")
            << prefix;
    }
}

TEST(TextDuration, RoundTripsNearTheBoundsAndZero)
{
    for(std::int64_t k = 0; k < 3000; ++k)
    {
        for(std::int64_t n : {limits::min() + k, limits::max() - k, k - 1500,
                              k * 997 * second / 1000 - 1500 * second})
        {
            std::string const text = format(n);
            ASSERT_EQ(text, reference_format(n)) << n;
            auto const back = parse(text);
            ASSERT_TRUE(back) << text;
            ASSERT_EQ(*back, n) << text;
        }
    }
}

TEST(TextDuration, RandomDurationsRoundTripAndMatchTheReference)
{
    std::mt19937_64 rng(20240603);
    std::uniform_int_distribution<std::int64_t> any(limits::min(), limits::max());
    std::uniform_int_distribution<int> bits(0, 63);
    std::uniform_int_distribution<int> digits(0, 7);
    for(int i = 0; i < 200'000; ++i)
    {
        // Every magnitude, with any number of significant fraction digits.
        std::int64_t n = i % 2 ? any(rng) : any(rng) >> bits(rng);
        std::int64_t scale = 1;
        for(int k = digits(rng); k < 7; ++k)
            scale *= 10;
        if(n > limits::min() + scale)
            n -= n % scale;
        std::string const text = format(n);
        ASSERT_EQ(text, reference_format(n)) << n;
        auto const back = parse(text);
        ASSERT_TRUE(back) << text;
        ASSERT_EQ(*back, n) << text;
    }
}

TEST(TextDuration, RandomComponentsMatchTheReferenceParser)
{
    std::mt19937_64 rng(42);
    auto const pick = [&rng](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    auto const number = [&](std::string& s) {
        // Mostly small, sometimes near or past the limits.
        int const length = pick(0, 9) == 0 ? pick(10, 22) : pick(1, 4);
        for(int k = 0; k < length; ++k)
            s += static_cast<char>('0' + pick(0, 9));
    };
    int accepted = 0;
    for(int i = 0; i < 100'000; ++i)
    {
        std::string s = pick(0, 3) == 0 ? "-P" : "P";
        // Components in order, occasionally swapped or repeated.
        char const designators[] = {'Y', 'M', 'D', 'T', 'H', 'M', 'S'};
        for(int k = 0; k < 7; ++k)
        {
            int const which = pick(0, 19) == 0 ? pick(0, 6) : k;
            if(pick(0, 2) == 0)
                continue;
            if(designators[which] != 'T')
                number(s);
            if(designators[which] == 'S' && pick(0, 1) == 0)
            {
                s += '.';
                int const f = pick(0, 10);
                for(int j = 0; j < f; ++j)
                    s += static_cast<char>('0' + pick(0, 9));
            }
            s += designators[which];
        }
        auto const expected = reference_parse(s);
        ASSERT_EQ(parse(s), expected) << s;
        accepted += expected.has_value();
        if(expected)
        {
            ASSERT_EQ(format(*expected), reference_format(*expected)) << s;
            ASSERT_EQ(parse(format(*expected)), expected) << s;
        }
    }
    EXPECT_GT(accepted, 10'000); // the generator exercises both outcomes
    EXPECT_LT(accepted, 90'000);
}

TEST(TextDuration, EveryCharAtEveryPositionMatchesTheReferenceParser)
{
    for(std::string const base : {"P1Y2M3DT4H5M6.7S", "-P10675199DT2H48M5.4775808S", "PT0S",
                                  "P1M", "PT1M", "-PT36H0.123456789S"})
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

} // namespace text_duration_test
} // namespace
