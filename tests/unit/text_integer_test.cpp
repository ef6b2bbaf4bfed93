#include <sfmodels/detail/text/integer.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <iterator>
#include <limits>
#include <random>
#include <string>
#include <string_view>

namespace {
namespace text_integer_test {

using sfmodels::detail::format_int64;
using sfmodels::detail::int64_text_max;
using sfmodels::detail::int_parse;
using sfmodels::detail::parse_int64;

using limits = std::numeric_limits<std::int64_t>;

constexpr std::int64_t sentinel = 0x5EED;

int_parse parse(std::string_view s, std::int64_t& v)
{
    v = sentinel;
    return parse_int64(s, v);
}

std::string format(std::int64_t v)
{
    char buf[int64_text_max];
    return {buf, format_int64(v, buf)};
}

static_assert([] {
    std::int64_t v = 0;
    return parse_int64("-9223372036854775808", v) == int_parse::ok && v == limits::min();
}());

TEST(TextInteger, AcceptsJsonIntegers)
{
    struct
    {
        std::string_view text;
        std::int64_t value;
    } const cases[] = {
        {"0", 0},
        {"-0", 0},
        {"1", 1},
        {"-1", -1},
        {"7", 7},
        {"10", 10},
        {"42", 42},
        {"-42", -42},
        {"1000000", 1'000'000},
        {"4294967296", 4'294'967'296},
        {"-4294967297", -4'294'967'297},
        {"1000000000000000000", 1'000'000'000'000'000'000},
        {"9223372036854775806", limits::max() - 1},
        {"9223372036854775807", limits::max()},
        {"-9223372036854775807", limits::min() + 1},
        {"-9223372036854775808", limits::min()},
    };
    for(auto const& c : cases)
    {
        std::int64_t v;
        EXPECT_EQ(parse(c.text, v), int_parse::ok) << c.text;
        EXPECT_EQ(v, c.value) << c.text;
    }
}

TEST(TextInteger, RejectsMalformedText)
{
    using namespace std::string_view_literals;
    std::string_view const cases[] = {
        std::string_view(), ""sv, "-"sv, "--1"sv, "+1"sv, "+0"sv, " 1"sv, "1 "sv, "\t1"sv,
        "1\n"sv, "00"sv, "01"sv, "-00"sv, "-01"sv, "007"sv, "1.0"sv,
        "1."sv, ".1"sv, "1e5"sv, "1E5"sv, "0x10"sv, "1-"sv, "1-2"sv,
        "12a"sv, "a12"sv, "1,000"sv, "1_000"sv, "\0"sv, "1\0"sv,
        "\x80"sv, "1\xff"sv, "/"sv, ":"sv, "-:"sv, "NaN"sv, "inf"sv,
        "true"sv, "null"sv, "99999999999999999999999x"sv,
        "-09223372036854775808"sv, "09223372036854775807"sv,
    };
    for(auto const s : cases)
    {
        std::int64_t v;
        EXPECT_EQ(parse(s, v), int_parse::invalid) << '"' << s << '"';
        EXPECT_EQ(v, sentinel) << "output touched on failure";
    }
}

TEST(TextInteger, RejectsOutOfRangeExactlyAtTheBounds)
{
    std::string_view const cases[] = {
        "9223372036854775808",
        "9223372036854775809",
        "9999999999999999999",       // largest 19 digits
        "10000000000000000000",      // smallest 20 digits
        "18446744073709551615",      // uint64 max
        "18446744073709551616",      // wraps to 0 in uint64
        "18446744073709551617",      // wraps to 1
        "27670116110564327424",      // 1.5 * 2^64: wraps to 2^63
        "99999999999999999999",
        "99999999999999999999999",
        "-9223372036854775809",
        "-9223372036854775810",
        "-9999999999999999999",
        "-18446744073709551616",
        "-18446744073709551617",
        "-27670116110564327424",     // wraps to 2^63, the magnitude of min
        "100000000000000000000000000000000000000000000000000000000000000000",
    };
    for(auto const s : cases)
    {
        std::int64_t v;
        EXPECT_EQ(parse(s, v), int_parse::out_of_range) << s;
        EXPECT_EQ(v, sentinel) << "output touched on failure";
    }
}

TEST(TextInteger, FormatsBoundsAndSmallValues)
{
    EXPECT_EQ(format(0), "0");
    EXPECT_EQ(format(-1), "-1");
    EXPECT_EQ(format(10), "10");
    EXPECT_EQ(format(limits::max()), "9223372036854775807");
    EXPECT_EQ(format(limits::min()), "-9223372036854775808");
    EXPECT_EQ(format(limits::min()).size(), int64_text_max);
}

TEST(TextInteger, RoundTripsNearTheBounds)
{
    for(std::int64_t d = 0; d < 2000; ++d)
    {
        for(std::int64_t v : {limits::min() + d, limits::max() - d, d - 1000})
        {
            std::int64_t back;
            ASSERT_EQ(parse(format(v), back), int_parse::ok) << v;
            ASSERT_EQ(back, v);
        }
    }
}

TEST(TextInteger, RoundTripsRandomValues)
{
    std::mt19937_64 rng(20240601);
    std::uniform_int_distribution<std::int64_t> any(limits::min(), limits::max());
    std::uniform_int_distribution<int> bits(0, 63);
    for(int i = 0; i < 200'000; ++i)
    {
        // Mix full-range values with ones of every magnitude.
        std::int64_t const v = i % 2 ? any(rng) : any(rng) >> bits(rng);
        std::string const text = format(v);
        std::int64_t back;
        ASSERT_EQ(parse(text, back), int_parse::ok) << text;
        ASSERT_EQ(back, v) << text;
    }
}

TEST(TextInteger, AgreesWithFromCharsOnRandomDigitStrings)
{
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<int> length(1, 24);
    std::uniform_int_distribution<int> digit(0, 9);
    for(int i = 0; i < 200'000; ++i)
    {
        std::string s = i % 2 ? "-" : "";
        int const n = length(rng);
        for(int k = 0; k < n; ++k)
            s += static_cast<char>('0' + (k == 0 && n > 1 ? 1 + digit(rng) % 9 : digit(rng)));
        // Bias half of the 19-digit strings towards the bounds.
        if(n == 19 && i % 4 < 2)
            s.replace(s.size() - 19, 15, "922337203685477");

        std::int64_t expected = 0;
        auto const [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), expected);
        ASSERT_EQ(ptr, s.data() + s.size());
        std::int64_t v;
        int_parse const r = parse(s, v);
        if(ec == std::errc::result_out_of_range)
            ASSERT_EQ(r, int_parse::out_of_range) << s;
        else
        {
            ASSERT_EQ(r, int_parse::ok) << s;
            ASSERT_EQ(v, expected) << s;
        }
    }
}

} // namespace text_integer_test
} // namespace

namespace {
namespace text_integer_test {

using sfmodels::detail::format_uint64;
using sfmodels::detail::format_uint64_padded;
using sfmodels::detail::parse_uint64;
using sfmodels::detail::uint64_text_max;
using sfmodels::detail::uint64_text_padded;

using ulimits = std::numeric_limits<std::uint64_t>;

constexpr std::uint64_t usentinel = 0x5EED;

int_parse parse(std::string_view s, std::uint64_t& v)
{
    v = usentinel;
    return parse_uint64(s, v);
}

std::string format(std::uint64_t v)
{
    char buf[uint64_text_max];
    return {buf, format_uint64(v, buf)};
}

static_assert([] {
    std::uint64_t v = 0;
    return parse_uint64("18446744073709551615", v) == int_parse::ok && v == ulimits::max();
}());

static_assert([] {
    std::uint64_t v = 1;
    return parse_uint64("-0", v) == int_parse::ok && v == 0;
}());

TEST(TextUnsignedInteger, AcceptsJsonIntegers)
{
    struct
    {
        std::string_view text;
        std::uint64_t value;
    } const cases[] = {
        {"0", 0},
        {"-0", 0},
        {"1", 1},
        {"9", 9},
        {"10", 10},
        {"42", 42},
        {"4294967296", 4'294'967'296},
        {"9223372036854775807", 9'223'372'036'854'775'807u},
        {"9223372036854775808", 9'223'372'036'854'775'808u},
        {"9999999999999999999", 9'999'999'999'999'999'999u},
        {"10000000000000000000", 10'000'000'000'000'000'000u},
        {"18446744073709551609", ulimits::max() - 6},
        {"18446744073709551614", ulimits::max() - 1},
        {"18446744073709551615", ulimits::max()},
    };
    for(auto const& c : cases)
    {
        std::uint64_t v;
        EXPECT_EQ(parse(c.text, v), int_parse::ok) << c.text;
        EXPECT_EQ(v, c.value) << c.text;
    }
}

TEST(TextUnsignedInteger, RejectsMalformedAndNegativeText)
{
    using namespace std::string_view_literals;
    std::string_view const cases[] = {
        std::string_view(), ""sv, "-"sv, "--0"sv, "--1"sv, "+1"sv, "+0"sv, " 1"sv, "1 "sv,
        "\t1"sv, "1\n"sv, "00"sv, "01"sv, "-00"sv, "-01"sv, "-0 "sv, " -0"sv, "-0-"sv, "0-"sv,
        "-0.0"sv, "-0\0"sv, "007"sv, "1.0"sv, "1."sv, ".1"sv, "1e5"sv, "1E5"sv, "0x10"sv, "1-"sv,
        "12a"sv, "a12"sv, "1,000"sv, "\0"sv, "1\0"sv, "\x80"sv, "1\xff"sv, "/"sv, ":"sv,
        "NaN"sv, "inf"sv, "null"sv, "-1"sv, "-9"sv, "-10"sv, "-18446744073709551615"sv,
        "-18446744073709551616"sv, "-99999999999999999999999"sv, "99999999999999999999999x"sv,
        "018446744073709551615"sv,
    };
    for(auto const s : cases)
    {
        std::uint64_t v;
        EXPECT_EQ(parse(s, v), int_parse::invalid) << '"' << s << '"';
        EXPECT_EQ(v, usentinel) << "output touched on failure";
    }
}

TEST(TextUnsignedInteger, RejectsOutOfRangeExactlyAtTheBound)
{
    std::string_view const cases[] = {
        "18446744073709551616",      // wraps to 0
        "18446744073709551617",      // wraps to 1
        "18446744073709551620",      // last digit alone overflows
        "18446744073709551700",      // overflows before the last digit
        "18446744073709552000",
        "18446744073709600000",
        "18446744080000000000",
        "18500000000000000000",
        "19999999999999999999",
        "27670116110564327424",      // 1.5 * 2^64
        "36893488147419103231",      // 2^65 - 1: wraps to the maximum
        "36893488147419103232",      // 2^65: wraps to 0
        "99999999999999999999",
        "100000000000000000000",
        "184467440737095516150",
        "368934881474191032320000000000000000000000", // wraps to 0 again
        "100000000000000000000000000000000000000000000000000000000000000000",
    };
    for(auto const s : cases)
    {
        std::uint64_t v;
        EXPECT_EQ(parse(s, v), int_parse::out_of_range) << s;
        EXPECT_EQ(v, usentinel) << "output touched on failure";
    }
}

TEST(TextUnsignedInteger, FormatsBoundsAndSmallValues)
{
    EXPECT_EQ(format(std::uint64_t(0)), "0");
    EXPECT_EQ(format(std::uint64_t(7)), "7");
    EXPECT_EQ(format(std::uint64_t(10)), "10");
    EXPECT_EQ(format(std::uint64_t(99'999'999)), "99999999");
    EXPECT_EQ(format(std::uint64_t(100'000'000)), "100000000");
    EXPECT_EQ(format(std::uint64_t(10'000'000'000'000'000)), "10000000000000000");
    EXPECT_EQ(format(std::uint64_t(9'223'372'036'854'775'808u)), "9223372036854775808");
    EXPECT_EQ(format(ulimits::max()), "18446744073709551615");
    EXPECT_EQ(format(ulimits::max()).size(), uint64_text_max);
}

TEST(TextUnsignedInteger, PaddedFormatStaysInItsRoom)
{
    std::mt19937_64 rng(3);
    std::uniform_int_distribution<int> bits(0, 63);
    for(int i = 0; i < 20'000; ++i)
    {
        std::uint64_t const v = i < 2 ? i * ulimits::max() : rng() >> bits(rng);
        char buf[uint64_text_padded + 8];
        std::fill(std::begin(buf), std::end(buf), '#');
        char* const end = format_uint64_padded(v, buf);
        ASSERT_EQ(std::string(buf, end), std::to_string(v));
        ASSERT_TRUE(std::all_of(buf + uint64_text_padded, std::end(buf),
                                [](char c) { return c == '#'; }))
            << "stored past the padded room for " << v;
    }
}

TEST(TextUnsignedInteger, RoundTripsNearTheBounds)
{
    for(std::uint64_t d = 0; d < 2000; ++d)
    {
        for(std::uint64_t v : {d, ulimits::max() - d, (std::uint64_t(1) << 63) + d - 1000})
        {
            std::uint64_t back;
            ASSERT_EQ(parse(format(v), back), int_parse::ok) << v;
            ASSERT_EQ(back, v);
        }
    }
}

TEST(TextUnsignedInteger, RandomValuesMatchToCharsAndRoundTrip)
{
    std::mt19937_64 rng(20240602);
    std::uniform_int_distribution<int> bits(0, 63);
    for(int i = 0; i < 200'000; ++i)
    {
        // Mix full-range values with ones of every magnitude.
        std::uint64_t const v = i % 2 ? rng() : rng() >> bits(rng);
        char expected[uint64_text_max];
        auto const r = std::to_chars(expected, expected + sizeof expected, v);
        std::string const text = format(v);
        ASSERT_EQ(text, std::string_view(expected, r.ptr - expected));
        std::uint64_t back;
        ASSERT_EQ(parse(text, back), int_parse::ok) << text;
        ASSERT_EQ(back, v) << text;
    }
}

TEST(TextUnsignedInteger, AgreesWithFromCharsOnRandomDigitStrings)
{
    std::mt19937_64 rng(8);
    std::uniform_int_distribution<int> length(1, 24);
    std::uniform_int_distribution<int> digit(0, 9);
    int out_of_range = 0;
    for(int i = 0; i < 200'000; ++i)
    {
        std::string s;
        int const n = length(rng);
        for(int k = 0; k < n; ++k)
            s += static_cast<char>('0' + (k == 0 && n > 1 ? 1 + digit(rng) % 9 : digit(rng)));
        // Bias most of the 20-digit strings towards the bound.
        if(n == 20 && i % 4 != 0)
            s.replace(0, 15 + i % 4, std::string_view("18446744073709551615").substr(0, 15 + i % 4));

        std::uint64_t expected = 0;
        auto const [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), expected);
        ASSERT_EQ(ptr, s.data() + s.size());
        std::uint64_t v;
        int_parse const r = parse(s, v);
        if(ec == std::errc::result_out_of_range)
        {
            ASSERT_EQ(r, int_parse::out_of_range) << s;
            ++out_of_range;
        }
        else
        {
            ASSERT_EQ(r, int_parse::ok) << s;
            ASSERT_EQ(v, expected) << s;
        }
    }
    EXPECT_GT(out_of_range, 10'000); // both outcomes are exercised
    EXPECT_LT(out_of_range, 190'000);
}

TEST(TextInteger, SignedFormatStillMatchesToChars)
{
    // format_int64 shares its digit writer with format_uint64.
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<int> bits(0, 63);
    for(int i = 0; i < 200'000; ++i)
    {
        auto const v = static_cast<std::int64_t>(i % 2 ? rng() : rng() >> bits(rng));
        char expected[int64_text_max];
        auto const r = std::to_chars(expected, expected + sizeof expected, v);
        ASSERT_EQ(format(v), std::string_view(expected, r.ptr - expected));
    }
}

} // namespace text_integer_test
} // namespace
