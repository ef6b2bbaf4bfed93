#include <sfmodels/detail/text/timestamp_utc.hpp>

#include <sfmodels/detail/text/timestamp.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <memory>
#include <random>
#include <string>

namespace {
namespace text_timestamp_utc_test {

using sfmodels::timestamp;
using sfmodels::detail::parse_timestamp_any;
using sfmodels::detail::timestamp_swar::parse_utc;
using sfmodels::detail::timestamp_swar::utc_shape;
using sfmodels::detail::timestamp_swar::utc_shape_swar;

// The shape as a byte loop: the pattern's digits and separators, 'T' and 'Z' in either case.
bool reference_shape(std::string const& s)
{
    std::string const pattern = s.size() == 28 ? "dddd-dd-ddTdd:dd:dd.dddddddZ" : "dddd-dd-ddTdd:dd:ddZ";
    if(s.size() != 20 && s.size() != 28)
        return false;
    for(std::size_t i = 0; i < s.size(); ++i)
    {
        char const c = s[i], p = pattern[i];
        bool const ok = p == 'd'                ? c >= '0' && c <= '9'
                        : p == 'T' || p == 'Z' ? (c | 0x20) == (p | 0x20)
                                               : c == p;
        if(!ok)
            return false;
    }
    return true;
}

// Every kernel on an exactly sized heap copy, so that a sanitizer sees any read past the end.
void expect_shape(std::string const& s)
{
    auto const copy = std::make_unique<char[]>(s.size());
    std::copy_n(s.data(), s.size(), copy.get());
    bool const expected = reference_shape(s);
    ASSERT_EQ(utc_shape_swar(copy.get(), s.size()), expected) << s;
#ifdef SFMODELS_SSE2
    ASSERT_EQ(sfmodels::detail::timestamp_swar::utc_shape_sse2(copy.get(), s.size()), expected) << s;
#endif
    ASSERT_EQ(utc_shape(copy.get(), s.size()), expected) << s;
}

TEST(TextTimestampUtc, EveryByteAtEveryPlaceAgreesWithTheBytewiseShape)
{
    for(std::string const base : {"2024-02-29T23:59:59.1234567Z", "1999-12-31t00:00:00z", "0000-01-01T00:00:00Z",
                                  "9999-12-31T23:59:59.9999999z"})
    {
        expect_shape(base);
        for(std::size_t pos = 0; pos < base.size(); ++pos)
            for(int c = 0; c < 256; ++c)
            {
                std::string replaced = base;
                replaced[pos] = static_cast<char>(c);
                expect_shape(replaced);
            }
    }
}

TEST(TextTimestampUtc, ParsesWhatTheGeneralParserParses)
{
    // random fields, in range or a little out of it: both readers agree on the verdict and the instant
    std::mt19937 rng(20261203);
    int accepted = 0;
    for(int round = 0; round < 100'000; ++round)
    {
        auto const two = [&](unsigned bound) {
            unsigned const v = rng() % bound;
            return std::string{static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)};
        };
        std::string s = std::to_string(1000 + rng() % 9000) + "-" + two(14) + "-" + two(33) + "T" + two(25) + ":" +
                        two(61) + ":" + two(61);
        if(rng() % 2 != 0)
            s += "." + std::to_string(1000000 + rng() % 9000000);
        s += "Z";
        timestamp fast{}, general{};
        bool const a = parse_utc(s.data(), s.size(), fast);
        bool const b = parse_timestamp_any(s, general);
        ASSERT_EQ(a, b) << s;
        if(a)
        {
            ASSERT_EQ(fast, general) << s;
        }
        accepted += a;
    }
    EXPECT_GT(accepted, 10'000);
    EXPECT_LT(accepted, 90'000);
}

} // namespace text_timestamp_utc_test
} // namespace
