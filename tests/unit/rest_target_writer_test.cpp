#include <sfmodels/rest/detail/target_writer.hpp>

#include <gtest/gtest.h>

#include <array>
#include <cctype>
#include <cstdio>
#include <string>

namespace {
namespace rest_target_writer_test {

using sfmodels::rest::detail::escaping;
using sfmodels::rest::detail::target_writer;

std::string escaped(std::string_view s, escaping how)
{
    std::array<char, 1024> buf;
    target_writer out(buf);
    out.put_escaped(s, how);
    EXPECT_FALSE(out.overflow());
    return std::string(out.text());
}

// Reference: RFC 3986 by its grammar, one byte at a time.
std::string reference_component(std::string_view s)
{
    std::string r;
    for (unsigned char c : s) {
        if (std::isalnum(c) && c < 0x80)
            r += static_cast<char>(c);
        else if (c == '-' || c == '.' || c == '_' || c == '~')
            r += static_cast<char>(c);
        else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            r += hex;
        }
    }
    return r;
}

TEST(TargetWriter, ComponentEscapingOfEveryByte)
{
    for (int c = 0; c < 256; ++c) {
        std::string const s(1, static_cast<char>(c));
        EXPECT_EQ(escaped(s, escaping::component), reference_component(s)) << c;
    }
}

TEST(TargetWriter, SegmentEscapingKeepsPcharAndTriplets)
{
    std::string const pchar_extra = "!$&'()*+,;=:@";
    for (int c = 0; c < 256; ++c) {
        std::string const s(1, static_cast<char>(c));
        bool const kept = reference_component(s) == s || pchar_extra.find(static_cast<char>(c)) != std::string::npos;
        EXPECT_EQ(escaped(s, escaping::segment), kept ? s : reference_component(s)) << c;
    }
    EXPECT_EQ(escaped("%41%4a%4G%", escaping::segment), "%41%4a%254G%25");
    EXPECT_EQ(escaped("%4", escaping::segment), "%254");
    EXPECT_EQ(escaped("%41", escaping::component), "%2541");
}

TEST(TargetWriter, NumbersAndUuids)
{
    std::array<char, 64> buf;
    target_writer out(buf);
    out.put_number(0);
    out.put(' ');
    out.put_number(18446744073709551615u);
    out.put(' ');
    boost::uuids::uuid u{};
    u.data[0] = 0xAB;
    u.data[15] = 0x01;
    out.put_uuid(u);
    EXPECT_EQ(out.text(), "0 18446744073709551615 ab000000-0000-0000-0000-000000000001");
}

TEST(TargetWriter, CountsWhatDoesNotFit)
{
    std::array<char, 8> buf;
    buf.fill('#');
    target_writer out(std::span<char>(buf.data(), 4));
    out.put("abc");
    out.put("def");    // does not fit: nothing of it is written
    out.put('g');      // would fit, but the target is already incomplete
    EXPECT_TRUE(out.overflow());
    EXPECT_EQ(out.needed(), 7u);
    EXPECT_EQ(out.text(), "");
    EXPECT_EQ(std::string(buf.data() + 4, 4), "####");
}

TEST(TargetWriter, EmptyBufferOnlyCounts)
{
    target_writer out({});
    out.put_escaped("a b", escaping::component);
    out.put_number(123);
    EXPECT_EQ(out.needed(), 8u);
    EXPECT_TRUE(out.overflow());
}

} // namespace rest_target_writer_test
} // namespace
