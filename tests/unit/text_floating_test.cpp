#include <sfmodels/detail/text/floating.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <random>
#include <regex>
#include <string>
#include <string_view>

namespace {
namespace text_floating_test {

using sfmodels::detail::double_text_max;
using sfmodels::detail::format_double;
using sfmodels::detail::parse_double;

using limits = std::numeric_limits<double>;

constexpr double sentinel = 1234.5;

// The value as its bits, so that -0 and 0 differ and NaN equals itself.
std::optional<std::uint64_t> parse(std::string_view s)
{
    double v = sentinel;
    if(parse_double(s, v))
        return std::bit_cast<std::uint64_t>(v);
    EXPECT_EQ(std::bit_cast<std::uint64_t>(v), std::bit_cast<std::uint64_t>(sentinel))
        << "output touched on failure: " << s;
    return std::nullopt;
}

std::uint64_t bits(double v)
{
    return std::bit_cast<std::uint64_t>(v);
}

std::optional<std::string> format(double v)
{
    char buf[double_text_max + 8];
    std::fill(std::begin(buf), std::end(buf), '#');
    char* const end = format_double(v, buf);
    if(!end)
    {
        EXPECT_TRUE(std::all_of(std::begin(buf), std::end(buf), [](char c) { return c == '#'; }))
            << "wrote something for " << v;
        return std::nullopt;
    }
    EXPECT_LE(end - buf, static_cast<std::ptrdiff_t>(double_text_max)) << v;
    EXPECT_TRUE(std::all_of(end, std::end(buf), [](char c) { return c == '#'; }))
        << "wrote past the returned end for " << v;
    return std::string(buf, end);
}

bool is_json_number(std::string const& s)
{
    static std::regex const grammar("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    return std::regex_match(s, grammar);
}

// Independent reference parser: the grammar as a regex, the value from strtod.
std::optional<std::uint64_t> reference_parse(std::string const& s)
{
    if(!is_json_number(s))
        return std::nullopt;
    errno = 0;
    double const v = std::strtod(s.c_str(), nullptr);
    if(std::isinf(v))
        return std::nullopt;
    return bits(v);
}

TEST(TextFloating, ParsesKnownValues)
{
    struct
    {
        std::string_view text;
        double value;
    } const cases[] = {
        {"0", 0.0},
        {"-0", -0.0},
        {"0.0", 0.0},
        {"-0.0", -0.0},
        {"0e0", 0.0},
        {"-0E-0", -0.0},
        {"0.000e+99999999999999999999", 0.0},
        {"1", 1.0},
        {"-1", -1.0},
        {"0.5", 0.5},
        {"-0.25", -0.25},
        {"10", 10.0},
        {"1e5", 1e5},
        {"1E5", 1e5},
        {"1e+5", 1e5},
        {"1e-5", 1e-5},
        {"1e00005", 1e5},
        {"1.5e300", 1.5e300},
        {"123.456", 123.456},
        {"0.1", 0.1},
        {"0.1000000000000000055511151231257827021181583404541015625", 0.1},
        {"9007199254740993", 9007199254740992.0}, // a tie: rounds to even
        {"9007199254740995", 9007199254740996.0},
        {"9007199254740993.0000000000000000001", 9007199254740994.0},
        {"1.7976931348623157e308", limits::max()},
        {"1.7976931348623158e308", limits::max()},
        {"-1.7976931348623157e308", limits::lowest()},
        {"2.2250738585072014e-308", limits::min()},
        {"2.2250738585072011e-308", std::bit_cast<double>(0x000f'ffff'ffff'ffffull)},
        {"5e-324", limits::denorm_min()},
        {"4.9406564584124654e-324", limits::denorm_min()},
        {"2.4703282292062328e-324", limits::denorm_min()}, // just above half the smallest
        {"1e-320", std::bit_cast<double>(std::uint64_t(2024))},
        {"1e22", 1e22},
        {"1e23", 1e23},
        {"123456789012345683968", 123456789012345683968.0},
    };
    for(auto const& c : cases)
        EXPECT_EQ(parse(c.text), bits(c.value)) << c.text;
}

TEST(TextFloating, UnderflowGivesAZeroOfTheSameSign)
{
    struct
    {
        std::string_view text;
        double value;
    } const cases[] = {
        {"2.4703282292062327e-324", 0.0}, // just below half the smallest
        {"2.4703282292062328e-325", 0.0},
        {"1e-400", 0.0},
        {"-1e-400", -0.0},
        {"1e-99999999999999999999", 0.0},
        {"-9.999e-99999", -0.0},
        {"0.0000000000000000000000000000001e-300", 0.0},
        {"-0.0000000000000000000000000000001e-300", -0.0},
        // Many digits before the point, but smaller than 1 all the same.
        {"1000000000000000000000000000000000000000000000000000000000000000000000e-400", 0.0},
        {"123456789012345678901234567890e-360", 0.0},
    };
    for(auto const& c : cases)
        EXPECT_EQ(parse(c.text), bits(c.value)) << c.text;
    // Tiny for all its positive exponent.
    EXPECT_EQ(parse("0." + std::string(400, '0') + "1e50"), bits(0.0));
    EXPECT_EQ(parse("-0." + std::string(400, '0') + "1e+76"), bits(-0.0));
}

TEST(TextFloating, OverflowIsNotMistakenForUnderflow)
{
    // Huge for all its negative exponent.
    EXPECT_EQ(parse("1" + std::string(400, '0') + "e-50"), std::nullopt);
    EXPECT_EQ(parse("-1" + std::string(400, '0') + ".5e-76"), std::nullopt);
    EXPECT_EQ(parse("1" + std::string(400, '0') + "e-92"), bits(1e308));
}

TEST(TextFloating, RejectsMagnitudesTooLargeForADouble)
{
    // The largest double written out in full, and the point halfway from it
    // to 2^1024: a tie, which rounds to the even 2^1024 and so overflows.
    std::string const max = "1797693134862315708145274237317043567980705675258449965989174768"
                            "0315726078002853876058955863276687817154045895351438246423432132"
                            "6889464182768467546703537516986049910576551282076245490090389328"
                            "9440758685084551339423045832369032229481658085593321233482747978"
                            "26204144723168738177180919299881250404026184124858368";
    std::string const halfway = "1797693134862315807937289714053034150799341327100378269361737789"
                                "8044496829276475094664901797758720709633028641669288791094655554"
                                "7851940402630657488671505820681908902000708383676273854845817711"
                                "5317644757302700698555713669596228429148198608349364752927190741"
                                "68444365510704342711559699508093042880177904174497792";
    std::string const two_to_1024 = "1797693134862315907729305190789024733617976978942306572734300811"
                                    "5773267580550096313270847732240753602112011387987139335765878976"
                                    "8814416622492847430639474124377767893424865485276302219601246094"
                                    "1194530829520850057688381506823424628814739131105408272371633505"
                                    "10684586298239947245938479716304835356329624224137216";
    ASSERT_EQ(max.size(), 309u);
    EXPECT_EQ(parse(max), bits(limits::max()));
    EXPECT_EQ(parse("-" + max + ".999"), bits(limits::lowest()));
    EXPECT_EQ(parse(max + "0"), std::nullopt);
    EXPECT_EQ(parse(halfway), std::nullopt);
    EXPECT_EQ(parse("-" + halfway), std::nullopt);
    std::string below_halfway = halfway;
    below_halfway.back() = '1';
    EXPECT_EQ(parse(below_halfway), bits(limits::max()));
    EXPECT_EQ(parse(halfway.substr(0, 308) + "1.9999999999999999999"), bits(limits::max()));
    EXPECT_EQ(parse(two_to_1024), std::nullopt);

    for(std::string_view const s :
        {"1e309", "-1e309", "1.7976931348623159e308", "-1.7976931348623159e308", "1e400",
         "1e99999999999999999999", "-1e99999999999999999999", "0.0000001e316",
         "0.00000000000000000000000000000000000000000000000001e359", "1797693134862315808e290"})
        EXPECT_EQ(parse(s), std::nullopt) << s;
}

TEST(TextFloating, RejectsWhatJsonDoesNotAllow)
{
    using namespace std::string_view_literals;
    std::string_view const cases[] = {
        std::string_view(), ""sv, "-"sv, "+"sv, "+1"sv, "--1"sv, "-+1"sv, "01"sv, "-01"sv,
        "00"sv, "00.5"sv, "1."sv, "-1."sv, ".5"sv, "-.5"sv, "1.e5"sv, "1e"sv, "1E"sv, "1e+"sv,
        "1e-"sv, "1e+-1"sv, "1ee1"sv, "1e5e5"sv, "1e5.5"sv, "1.5.5"sv, "e5"sv, "E5"sv, "0x10"sv,
        "0x1p3"sv, "1p3"sv, "Infinity"sv, "-Infinity"sv, "inf"sv, "-inf"sv, "INF"sv, "NaN"sv,
        "nan"sv, "-nan"sv, "nan(1)"sv, " 1"sv, "1 "sv, "\t1"sv, "1\n"sv, "1,5"sv, "1_000"sv,
        "1d"sv, "1f"sv, "1.5f"sv, "1-"sv, "1+"sv, "1e5 "sv, "\0"sv, "1\0"sv, "1.5\0"sv,
        "\x80"sv, "1\xff"sv, "true"sv, "null"sv, "1 0"sv, ".e1"sv, "-e1"sv, "0e"sv, "0.e1"sv,
        "\xef\xbc\x91"sv, "1.0E+"sv, "٣"sv,
    };
    for(auto const s : cases)
    {
        EXPECT_EQ(parse(s), std::nullopt) << '"' << s << '"';
        EXPECT_EQ(reference_parse(std::string(s)), std::nullopt) << "reference disagrees: " << s;
    }
}

TEST(TextFloating, FormatsShortestJsonText)
{
    struct
    {
        double value;
        std::string_view text;
    } const cases[] = {
        {0.0, "0"},
        {-0.0, "-0"},
        {1.0, "1"},
        {-1.5, "-1.5"},
        {100.0, "100"},
        {0.1, "0.1"},
        {0.001, "0.001"},
        {0.0001, "1e-04"},
        {1e-5, "1e-05"},
        {1e-7, "1e-07"},
        {123456.0, "123456"},
        {1e15, "1e+15"},
        {1e16, "1e+16"},
        {1e20, "1e+20"},
        {1e21, "1e+21"},
        {1e22, "1e+22"},
        {123456789012345683968.0, "123456789012345683968"}, // plain, and every digit exact
        {9007199254740992.0, "9007199254740992"},
        {1.5e300, "1.5e+300"},
        {5e-324, "5e-324"},
        {limits::denorm_min(), "5e-324"},
        {limits::max(), "1.7976931348623157e+308"},
        {limits::lowest(), "-1.7976931348623157e+308"},
        {limits::min(), "2.2250738585072014e-308"},
        {-limits::min(), "-2.2250738585072014e-308"},
    };
    for(auto const& c : cases)
    {
        auto const text = format(c.value);
        ASSERT_TRUE(text) << c.text;
        EXPECT_EQ(*text, c.text);
        EXPECT_TRUE(is_json_number(*text)) << *text;
    }
    EXPECT_EQ(format(-limits::min())->size(), double_text_max);
}

TEST(TextFloating, FormatRefusesWhatJsonCannotCarry)
{
    EXPECT_EQ(format(limits::quiet_NaN()), std::nullopt);
    EXPECT_EQ(format(-limits::quiet_NaN()), std::nullopt);
    EXPECT_EQ(format(limits::signaling_NaN()), std::nullopt);
    EXPECT_EQ(format(std::bit_cast<double>(0x7ff0'0000'0000'0001ull)), std::nullopt);
    EXPECT_EQ(format(limits::infinity()), std::nullopt);
    EXPECT_EQ(format(-limits::infinity()), std::nullopt);
    EXPECT_TRUE(format(std::nextafter(limits::infinity(), 0.0)));
}

TEST(TextFloating, ReadsOnlyTheGivenChars)
{
    // Exactly sized heap copies of every prefix, so a sanitizer catches any
    // read past the end.
    std::string const text = "-12345.678901234567890123e-12";
    for(std::size_t n = 0; n <= text.size(); ++n)
    {
        auto const copy = std::make_unique<char[]>(n);
        std::copy_n(text.data(), n, copy.get());
        std::string_view const prefix(copy.get(), n);
        EXPECT_EQ(parse(prefix), reference_parse(std::string(prefix))) << prefix;
    }
}

// The fewest significant digits that read back as `v`, found with printf and strtod.
int shortest_digits(double v)
{
    for(int p = 1;; ++p)
    {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.*e", p - 1, v);
        if(std::strtod(buf, nullptr) == v)
            return p;
    }
}

TEST(TextFloating, RandomDoublesRoundTripThroughShortestText)
{
    std::mt19937_64 rng(20240604);
    std::size_t longest = 0;
    for(int i = 0; i < 200'000; ++i)
    {
        // Any bit pattern; every fourth with a short decimal form instead.
        double v = std::bit_cast<double>(rng());
        if(i % 4 == 0)
            v = static_cast<double>(static_cast<std::int64_t>(rng() % 2'000'001) - 1'000'000) /
                std::pow(10.0, static_cast<double>(rng() % 12));
        if(!std::isfinite(v))
        {
            ASSERT_FALSE(format(v));
            continue;
        }
        auto const text = format(v);
        ASSERT_TRUE(text) << v;
        ASSERT_TRUE(is_json_number(*text)) << *text;
        ASSERT_EQ(parse(*text), bits(v)) << *text;
        ASSERT_EQ(std::strtod(text->c_str(), nullptr), v) << *text;
        longest = std::max(longest, text->size());

        // Shortest: scientific text carries exactly the fewest digits, and
        // plain text is chosen only where it is no longer than that.
        int const p = shortest_digits(v);
        std::string const mantissa = text->substr(0, text->find('e'));
        std::string digits;
        std::copy_if(mantissa.begin(), mantissa.end(), std::back_inserter(digits),
                     [](char c) { return c >= '0' && c <= '9'; });
        digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));
        digits.erase(std::min(digits.find_last_not_of('0') + 1, digits.size()));
        if(v == 0)
            continue;
        if(text->find_first_of(".e") != std::string::npos)
        {
            ASSERT_EQ(static_cast<int>(digits.size()), p) << *text;
        }
        char scientific[64];
        int const n = std::snprintf(scientific, sizeof scientific, "%.*e", p - 1, v);
        ASSERT_LE(text->size(), static_cast<std::size_t>(n)) << *text << " vs " << scientific;
    }
    EXPECT_EQ(longest, double_text_max);
}

TEST(TextFloating, RandomNumberTextMatchesTheReferenceParser)
{
    std::mt19937_64 rng(42);
    auto const pick = [&rng](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    auto const digits = [&](std::string& s, int lo, int hi) {
        for(int k = pick(lo, hi); k > 0; --k)
            s += static_cast<char>('0' + pick(0, 9));
    };
    int accepted = 0;
    int zeros = 0;
    for(int i = 0; i < 100'000; ++i)
    {
        std::string s;
        if(pick(0, 2) == 0)
            s += '-';
        if(pick(0, 3) == 0)
            s += '0';
        else
            digits(s, 0, pick(0, 5) == 0 ? 40 : 20);
        if(pick(0, 1) == 0)
        {
            s += '.';
            if(pick(0, 1) == 0)
                s.append(static_cast<std::size_t>(pick(0, 330)), '0');
            digits(s, 0, 25);
        }
        if(pick(0, 1) == 0)
        {
            s += "eE"[pick(0, 1)];
            if(int const sign = pick(0, 2); sign != 0)
                s += "+-"[sign - 1];
            digits(s, 0, pick(0, 9) == 0 ? 22 : 3);
        }
        auto const expected = reference_parse(s);
        ASSERT_EQ(parse(s), expected) << s;
        accepted += expected.has_value();
        zeros += expected && (*expected << 1) == 0;
    }
    EXPECT_GT(accepted, 10'000); // the generator exercises both outcomes
    EXPECT_LT(accepted, 90'000);
    EXPECT_GT(zeros, 1'000);
}

TEST(TextFloating, EveryCharAtEveryPositionMatchesTheReferenceParser)
{
    for(std::string const base : {"-12.5e+3", "0.001E-2", "1.7976931348623157e308", "5e-324",
                                  "-0", "123456789"})
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

} // namespace text_floating_test
} // namespace
