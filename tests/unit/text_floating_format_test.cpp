#include <sfmodels/detail/text/floating.hpp>

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>

// format_double's short-decimal path must write exactly what std::to_chars
// writes, notation included, and decline what it cannot write that way.

namespace {
namespace text_floating_format_test {

using sfmodels::detail::double_text_max;
using sfmodels::detail::format_double;
using sfmodels::detail::format_double_padded;
using sfmodels::detail::floating_short::format_decimal;
using sfmodels::detail::floating_short::format_thousandths;

std::string reference(double v)
{
    char buf[64];
    return std::string(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

void expect_same(double v)
{
    char buf[64];
    char* const e = format_double(v, buf);
    ASSERT_NE(e, nullptr);
    ASSERT_EQ(std::string(buf, e), reference(v)) << v;
    char text[32];
    if (char* const f = format_decimal(v, text)) {
        ASSERT_EQ(std::string(text, f), reference(v));
    }
    char padded[double_text_max];
    char* const g = format_double_padded(v, padded);
    ASSERT_NE(g, nullptr);
    ASSERT_EQ(std::string(padded, g), reference(v)) << v;
}

// The text of format_thousandths, or "declined".
std::string thousandths(double v)
{
    char text[32];
    char const* const e = format_thousandths(v, text);
    return e ? std::string(text, static_cast<std::size_t>(e - text)) : std::string("declined");
}

TEST(TextFloatingFormat, ShortDecimalsOfEveryScaleMatchToChars)
{
    for (std::int64_t m = 0; m < 200000; ++m)
        for (int k = 0; k <= 9; ++k) {
            expect_same(static_cast<double>(m) / std::pow(10.0, k));
            expect_same(-static_cast<double>(m * 7919) / std::pow(10.0, k));
        }
}

TEST(TextFloatingFormat, RandomDecimalsAndBitPatternsMatchToChars)
{
    std::mt19937_64 rng(7);
    for (int i = 0; i < 1000000; ++i) {
        std::uint64_t m = rng() % 1000000000000000ull;
        if (rng() % 2)
            m %= 100000;
        int const k = static_cast<int>(rng() % 9);
        expect_same(static_cast<double>(m) / std::pow(10.0, k));
        double w;
        std::uint64_t const bits = rng();
        std::memcpy(&w, &bits, 8);
        if (std::isfinite(w))
            expect_same(w);
    }
}

TEST(TextFloatingFormat, NotationEdges)
{
    for (double v : {0.0, -0.0, 1e15, 999999999999999.0, 1e14, 100000.0, 1000000.0, 123456.0, 1e-7, 0.0001,
                     0.001, 0.00012, 12.25, 0.5, 1e22, 5e-324, 1.7976931348623157e308, 10000.0, 12345670.0,
                     120000.0, 1200000.0, 0.1, 0.3, 1e-5, 1.5e-5})
        expect_same(v);
    char text[32];
    EXPECT_EQ(format_decimal(1000000.0, text), nullptr);   // 1e+06 is shorter
    EXPECT_EQ(format_decimal(0.1 + 0.2, text), nullptr);   // 17 digits
}

TEST(TextFloatingFormat, ThousandthsTakeWhatTheyCanAndDeclineTheRest)
{
    EXPECT_EQ(thousandths(0.0), "0");
    EXPECT_EQ(thousandths(-0.0), "-0");
    EXPECT_EQ(thousandths(3.5), "3.5");
    EXPECT_EQ(thousandths(-12.25), "-12.25");
    EXPECT_EQ(thousandths(0.001), "0.001");
    EXPECT_EQ(thousandths(0.125), "0.125");
    EXPECT_EQ(thousandths(0.1), "0.1");   // the double nearest 1/10
    EXPECT_EQ(thousandths(99999.999), "99999.999");
    EXPECT_EQ(thousandths(10000.0), "10000");
    EXPECT_EQ(thousandths(0.0005), "declined");    // four digits after the point
    EXPECT_EQ(thousandths(0.1 + 0.2), "declined");  // 17 digits
    EXPECT_EQ(thousandths(1e5), "declined");        // 1e+05 is as short
    EXPECT_EQ(thousandths(std::nan("")), "declined");
    EXPECT_EQ(thousandths(-INFINITY), "declined");
    // every thousandth below 100, both signs, as std::to_chars writes it
    for (int m = 0; m < 100000; ++m)
        for (double const v : {m / 1000.0, -m / 1000.0})
            ASSERT_EQ(thousandths(v), reference(v)) << v;
}

} // namespace text_floating_format_test
} // namespace
