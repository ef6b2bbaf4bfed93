#include <sfmodels/detail/text/integer.hpp>

#include <gtest/gtest.h>

#include <charconv>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <string_view>

namespace {

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

} // namespace
