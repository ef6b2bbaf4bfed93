#include <sfmodels/detail/text/digit_writer.hpp>

#include <gtest/gtest.h>

#include <charconv>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <string_view>

namespace {
namespace text_digit_writer_test {

namespace swar = sfmodels::detail::integer_swar;

std::string eight(std::uint32_t v)
{
    std::string s = std::to_string(v);
    return std::string(8 - s.size(), '0') + s;
}

std::string text_of(std::uint64_t w) { return std::string(reinterpret_cast<char const*>(&w), 8); }

TEST(TextDigitWriter, SixteenDigitsInEveryKernel)
{
    std::mt19937 rng(7);
    for(int i = 0; i < 200'000; ++i)
    {
        auto const hi = static_cast<std::uint32_t>(i < 1000 ? i : rng() % 100'000'000);
        auto const lo = static_cast<std::uint32_t>(i < 1000 ? 99'999'999 - i : rng() % 100'000'000);
        swar::sixteen_text const portable = swar::sixteen_digits_swar(hi, lo);
        ASSERT_EQ(text_of(portable.high), eight(hi));
        ASSERT_EQ(text_of(portable.low), eight(lo));
#ifdef SFMODELS_SSE2
        swar::sixteen_text const sse2 = swar::sixteen_digits_sse2(hi, lo);
        ASSERT_EQ(sse2.high, portable.high) << hi << ' ' << lo;
        ASSERT_EQ(sse2.low, portable.low) << hi << ' ' << lo;
#endif
    }
}

TEST(TextDigitWriter, UnsignedMatchesToCharsAndStaysInItsRoom)
{
    std::mt19937_64 rng(11);
    auto const check = [](std::uint64_t u) {
        char expected[24];
        char* const e = std::to_chars(expected, expected + sizeof expected, u).ptr;
        char out[40];
        std::memset(out, '#', sizeof out);
        char* const end = swar::write_unsigned(u, out);
        ASSERT_EQ(std::string_view(out, static_cast<std::size_t>(end - out)),
                  std::string_view(expected, static_cast<std::size_t>(e - expected)));
        for(char const* p = end + 7; p != out + sizeof out; ++p)   // up to 7 bytes past the digits
            ASSERT_EQ(*p, '#') << u;
    };
    for(std::uint64_t p = 1;; p *= 10)
    {
        for(std::uint64_t d : {0, 1, 2, 9})
        {
            check(p + d);
            check(p - 1 - d);
        }
        if(p > UINT64_MAX / 10)
            break;
    }
    check(UINT64_MAX);
    for(int i = 0; i < 1'000'000; ++i)
        check(rng() >> (rng() % 64));
}

TEST(TextDigitWriter, FractionOfSevenDigitsWithoutTrailingZeros)
{
    for(std::uint32_t f = 1; f < 10'000'000; f += f < 100'000 ? 1 : 7)
    {
        std::string want = std::to_string(f);
        want = std::string(7 - want.size(), '0') + want;
        want.erase(want.find_last_not_of('0') + 1);
        char out[16];
        std::memset(out, '#', sizeof out);
        char const* const end = swar::write_fraction_seven(f, out + 1);
        ASSERT_EQ(std::string_view(out + 1, static_cast<std::size_t>(end - out - 1)), want) << f;
        ASSERT_EQ(out[0], '#');
        ASSERT_EQ(std::string_view(end, static_cast<std::size_t>(out + sizeof out - end)),
                  std::string(static_cast<std::size_t>(out + sizeof out - end), '#'))
            << "wrote past the digits of " << f;
    }
}

} // namespace text_digit_writer_test
} // namespace
