#include <sfmodels/codec/interop.hpp>

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/codec/encode.hpp>
#include "support/seed_types.hpp"

#include "support/fixtures.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <gtest/gtest.h>

namespace {
namespace interop_test {

using sfmodels::test::fixture;

// value_to and decode walk different code paths; they must agree on every fixture.
class interop_fixture : public testing::TestWithParam<fixture> {};

TEST_P(interop_fixture, value_to_agrees_with_decode_and_value_from_with_encode)
{
    fixture const& f = GetParam();
    bool const found = sfmodels::test::visit_seed_type(f.type, [&](auto w) {
        using T = typename decltype(w)::type;
        T decoded{};
        ASSERT_TRUE(sfmodels::decode(f.input, decoded).ok());

        auto converted = boost::json::try_value_to<T>(boost::json::parse(f.input));
        ASSERT_TRUE(converted.has_value()) << converted.error().message();
        EXPECT_TRUE(*converted == decoded);

        EXPECT_EQ(boost::json::parse(sfmodels::to_json(decoded)), boost::json::value_from(decoded));
        EXPECT_TRUE(boost::json::value_to<T>(boost::json::value_from(decoded)) == decoded);
    });
    EXPECT_TRUE(found) << f.type;
}

INSTANTIATE_TEST_SUITE_P(all, interop_fixture, testing::ValuesIn(sfmodels::test::all_fixtures()),
                         sfmodels::test::test_name);

struct bad_case
{
    char const* json;
    sfmodels::error code;
};

TEST(interop, try_value_to_reports_sfmodels_errors)
{
    bad_case const cases[] = {
        {R"({"Error":{}})", sfmodels::error::missing_member},
        {R"({"Error":null})", sfmodels::error::missing_member},
        {R"({"Error":{"Code":5}})", sfmodels::error::wrong_type},
        {R"([])", sfmodels::error::wrong_type},
    };
    for (auto const& c : cases) {
        auto r = boost::json::try_value_to<sfmodels::FabricError>(boost::json::parse(c.json));
        ASSERT_TRUE(r.has_error()) << c.json;
        EXPECT_EQ(r.error(), sfmodels::make_error_code(c.code)) << c.json;
    }
}

TEST(interop, numbers_follow_the_decoder_rules)
{
    auto lsn = [](char const* json) {
        return boost::json::try_value_to<sfmodels::RestoreProgressInfo>(boost::json::parse(json));
    };
    EXPECT_EQ(lsn(R"({"RestoredLsn":-1})")->RestoredLsn, -1);
    EXPECT_EQ(lsn(R"({"RestoredLsn":"9223372036854775807"})")->RestoredLsn, INT64_MAX);
    EXPECT_EQ(lsn(R"({"RestoredLsn":9223372036854775808})").error(), sfmodels::error::out_of_range);
    EXPECT_EQ(lsn(R"({"RestoredLsn":1.5})").error(), sfmodels::error::bad_integer);
    EXPECT_EQ(lsn(R"({"RestoredLsn":"01"})").error(), sfmodels::error::bad_integer);
}

TEST(interop, value_to_throws_system_error)
{
    EXPECT_THROW(boost::json::value_to<sfmodels::Epoch>(boost::json::parse(R"({"DataLossVersion":"x"})")),
                 boost::system::system_error);
}

} // namespace interop_test
} // namespace
