#include <sfmodels/codec/detail/write/fast.hpp>

#include <sfmodels/codec/encode.hpp>
#include <sfmodels/codec/decode.hpp>
#include "support/seed_types.hpp"

#include <support/fixtures.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <span>
#include <string>
#include <vector>

// The unchecked writer behind encode() must write exactly what the checked
// writer (detail::write_value into a buffer_sink) writes, and decline, never
// overflow, when the buffer is short or the value cannot be written.

namespace {
namespace fast_write_test {

namespace fast = sfmodels::detail::fast;
using sfmodels::test::fixture;
using sfmodels::test::with_model;

// What the checked writer gives for a buffer of n bytes.
template<class T>
sfmodels::encode_result checked(T const& v, std::size_t n)
{
    std::vector<char> buffer(n);
    sfmodels::detail::buffer_sink out(buffer.data(), buffer.data() + n);
    sfmodels::error const e = sfmodels::detail::write_value(out, v);
    if (e != sfmodels::error{})
        return {0, e};
    if (out.full())
        return {0, sfmodels::error::buffer_too_small};
    return {out.size(), {}};
}

template<class T>
void expect_same_as_checked(T const& v)
{
    std::string const canonical = sfmodels::to_json(v);
    for (std::size_t n = 0; n <= canonical.size() + 80; ++n) {
        // guard bytes on both sides catch any write outside the span; the unchecked
        // writer may decline a buffer up to 30 bytes (a padded integer) too roomy
        std::vector<char> buffer(n + 32, '\x5a');
        std::span<char> const inside(buffer.data() + 16, n);
        {
            char* const e = fast::writer<T>::write(inside.data(), inside.data() + n, v);
            if (e)
                EXPECT_EQ(std::string(inside.data(), e), canonical) << "buffer of " << n;
            else
                EXPECT_LT(n, canonical.size() + 32) << "declined a roomy buffer of " << n << " for " << canonical;
        }
        std::fill(buffer.begin(), buffer.end(), '\x5a');
        auto const got = sfmodels::encode(v, inside);
        auto const want = checked(v, n);
        EXPECT_EQ(got.code, want.code) << "buffer of " << n;
        EXPECT_EQ(got.size, want.size) << "buffer of " << n;
        if (got.ok()) {
            EXPECT_EQ(std::string(inside.data(), got.size), canonical);
        }
        for (std::size_t i = 0; i < 16; ++i) {
            ASSERT_EQ(buffer[i], '\x5a') << "wrote before the buffer of " << n;
            ASSERT_EQ(buffer[16 + n + i], '\x5a') << "wrote past the buffer of " << n;
        }
    }
}

class FastWriteFixture : public testing::TestWithParam<fixture> {};

TEST_P(FastWriteFixture, WritesWhatTheCheckedWriterWrites)
{
    with_model(GetParam().type, [&](auto& model) {
        ASSERT_FALSE(sfmodels::decode(GetParam().input, model));
        expect_same_as_checked(model);
    });
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FastWriteFixture, testing::ValuesIn(sfmodels::test::all_fixtures()),
                         sfmodels::test::test_name);

TEST(FastWrite, EscapesLikeTheCheckedWriter)
{
    sfmodels::FabricErrorError e;
    e.Code.assign("Unknown \"code\"\x01");
    for (std::string const& s : std::vector<std::string>{"", "plain", "\"", "\\", "\b\f\n\r\t", std::string("\0\x1f\x7f", 3), "caf\xc3\xa9",
                          "\xf0\x9f\x98\x80 and \xe2\x82\xac", std::string(40, 'x') + "\"" + std::string(40, 'y')}) {
        e.Message = s;
        expect_same_as_checked(e);
    }
}

TEST(FastWrite, DeclinesWhatTheCheckedWriterRejects)
{
    char buffer[256];
    sfmodels::FabricErrorError e;
    e.Code.assign("E_FAIL");
    for (std::string const bad : {"\xc3", "\xc0\x80", "\xed\xa0\x80", "ok\xff"}) {
        e.Message = bad;
        EXPECT_EQ(fast::writer<sfmodels::FabricErrorError>::write(buffer, buffer + sizeof buffer, e), nullptr);
        EXPECT_EQ(sfmodels::encode(e, std::span<char>(buffer)).code, sfmodels::error::invalid_utf8);
    }
    sfmodels::BackupProgressInfo b;
    b.TimeStampUtc = sfmodels::timestamp(sfmodels::ticks(std::chrono::years(9000)));
    EXPECT_EQ(fast::writer<sfmodels::BackupProgressInfo>::write(buffer, buffer + sizeof buffer, b), nullptr);
    EXPECT_EQ(sfmodels::encode(b, std::span<char>(buffer)).code, sfmodels::error::out_of_range);
}

TEST(FastWrite, WritesEmptyContainers)
{
    char buffer[8];
    sfmodels::OperationStatusList list;
    char* e = fast::writer<sfmodels::OperationStatusList>::write(buffer, buffer + sizeof buffer, list);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(std::string(buffer, e), "[]");
    sfmodels::Epoch epoch;
    e = fast::writer<sfmodels::Epoch>::write(buffer, buffer + sizeof buffer, epoch);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(std::string(buffer, e), "{}");
}

} // namespace fast_write_test
} // namespace
