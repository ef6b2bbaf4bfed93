#include <sfmodels/detail/text/uuid.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <string_view>

namespace {
namespace text_uuid_test {

using sfmodels::detail::format_uuid;
using sfmodels::detail::parse_uuid;
using sfmodels::detail::uuid_text_size;

using boost::uuids::uuid;

uuid make(std::initializer_list<std::uint8_t> bytes)
{
    uuid u{};
    std::size_t i = 0;
    for(auto b : bytes)
        u.data[i++] = b;
    return u;
}

uuid const sample = make({0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef,
                          0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54, 0x32, 0x10});
constexpr std::string_view sample_text = "01234567-89ab-cdef-fedc-ba9876543210";

uuid const filler = make({0xA5, 0xA5, 0xA5, 0xA5, 0xA5, 0xA5, 0xA5, 0xA5,
                          0xA5, 0xA5, 0xA5, 0xA5, 0xA5, 0xA5, 0xA5, 0xA5});

std::string format(uuid const& u)
{
    std::string s(uuid_text_size + 1, '#');
    format_uuid(u, s.data());
    EXPECT_EQ(s.back(), '#') << "wrote past uuid_text_size";
    s.pop_back();
    return s;
}

// Independent reference: printf's lower-case hex.
std::string reference_format(uuid const& u)
{
    char buf[40];
    auto const* d = u.data;
    std::snprintf(buf, sizeof buf,
        "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
        d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7],
        d[8], d[9], d[10], d[11], d[12], d[13], d[14], d[15]);
    return buf;
}

bool is_hex(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static_assert([] {
    uuid u{};
    return parse_uuid("FFFFFFFF-0000-0000-0000-00000000000f", u) &&
           u.data[0] == 0xFF && u.data[15] == 0x0F;
}());

TEST(TextUuid, ParsesLowerUpperAndMixedCase)
{
    for(std::string_view s : {sample_text,
                              std::string_view("01234567-89AB-CDEF-FEDC-BA9876543210"),
                              std::string_view("01234567-89aB-CdEf-FeDc-bA9876543210")})
    {
        uuid u = filler;
        ASSERT_TRUE(parse_uuid(s, u)) << s;
        EXPECT_EQ(u, sample) << s;
    }
}

TEST(TextUuid, ParsesNilAndMax)
{
    uuid u = filler;
    ASSERT_TRUE(parse_uuid("00000000-0000-0000-0000-000000000000", u));
    EXPECT_TRUE(u.is_nil());
    ASSERT_TRUE(parse_uuid("FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", u));
    for(auto b : u.data)
        EXPECT_EQ(b, 0xFF);
}

TEST(TextUuid, FormatsLowerCase)
{
    EXPECT_EQ(format(sample), sample_text);
    EXPECT_EQ(format(uuid{}), "00000000-0000-0000-0000-000000000000");
    EXPECT_EQ(format(make({0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                           0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF})),
              "ffffffff-ffff-ffff-ffff-ffffffffffff");
}

TEST(TextUuid, RejectsEveryWrongLength)
{
    std::string const text(sample_text);
    for(std::size_t n = 0; n <= 40; ++n)
    {
        if(n == uuid_text_size)
            continue;
        std::string s = text.substr(0, n);
        while(s.size() < n)
            s += '0';
        uuid u = filler;
        EXPECT_FALSE(parse_uuid(s, u)) << s;
        EXPECT_EQ(u, filler) << "output touched on failure";
    }
    uuid u;
    EXPECT_FALSE(parse_uuid(std::string_view(), u));
}

TEST(TextUuid, RejectsOtherSpellings)
{
    std::string_view const cases[] = {
        "{01234567-89ab-cdef-fedc-ba9876543210}",
        "urn:uuid:01234567-89ab-cdef-fedc-ba9876543210",
        "0123456789abcdeffedcba9876543210",
        " 01234567-89ab-cdef-fedc-ba987654321",
        "01234567-89ab-cdef-fedc-ba987654321 ",
        "0123456-789ab-cdef-fedc-ba9876543210",
        "012345678-9ab-cdef-fedc-ba9876543210",
        "01234567-89abc-def-fedc-ba9876543210",
        "01234567_89ab_cdef_fedc_ba9876543210",
        "01234567-89ab-cdef-fedc-ba987654321g",
        "0x234567-89ab-cdef-fedc-ba9876543210",
        "+1234567-89ab-cdef-fedc-ba9876543210",
        "01234567-89ab-cdef-fedc-ba98765432-0",
    };
    for(auto const s : cases)
    {
        uuid u = filler;
        EXPECT_FALSE(parse_uuid(s, u)) << s;
        EXPECT_EQ(u, filler) << "output touched on failure";
    }
}

TEST(TextUuid, ChecksEveryCharOfEveryPosition)
{
    for(std::size_t pos = 0; pos < uuid_text_size; ++pos)
    {
        bool const dash = pos == 8 || pos == 13 || pos == 18 || pos == 23;
        for(int c = 0; c < 256; ++c)
        {
            std::string s(sample_text);
            s[pos] = static_cast<char>(c);
            bool const valid = dash ? c == '-' : is_hex(static_cast<unsigned char>(c));
            uuid u = filler;
            ASSERT_EQ(parse_uuid(s, u), valid) << "position " << pos << ", char " << c;
            if(valid)
                ASSERT_EQ(format(u), reference_format(u));
            else
                ASSERT_EQ(u, filler);
        }
    }
}

TEST(TextUuid, DecodesEveryHexDigitInEveryNibble)
{
    static constexpr std::string_view digits = "0123456789abcdefABCDEF";
    for(std::size_t pos = 0; pos < uuid_text_size; ++pos)
    {
        if(pos == 8 || pos == 13 || pos == 18 || pos == 23)
            continue;
        for(char c : digits)
        {
            std::string s(uuid_text_size, '0');
            s[8] = s[13] = s[18] = s[23] = '-';
            s[pos] = c;
            uuid u;
            ASSERT_TRUE(parse_uuid(s, u)) << s;
            std::string lower = s;
            for(char& ch : lower)
                if(ch >= 'A' && ch <= 'F')
                    ch = static_cast<char>(ch - 'A' + 'a');
            ASSERT_EQ(format(u), lower) << s;
        }
    }
}

TEST(TextUuid, RoundTripsRandomValues)
{
    std::mt19937_64 rng(0x5F0DE15);
    for(int i = 0; i < 100'000; ++i)
    {
        uuid u;
        for(auto& b : u.data)
            b = static_cast<std::uint8_t>(rng());
        std::string const text = format(u);
        ASSERT_EQ(text, reference_format(u));

        uuid back = filler;
        ASSERT_TRUE(parse_uuid(text, back)) << text;
        ASSERT_EQ(back, u) << text;

        std::string upper = text;
        for(char& c : upper)
            if(c >= 'a' && c <= 'f')
                c = static_cast<char>(c - 'a' + 'A');
        back = filler;
        ASSERT_TRUE(parse_uuid(upper, back)) << upper;
        ASSERT_EQ(back, u) << upper;
    }
}

} // namespace text_uuid_test
} // namespace
