#include <sfmodels/codec/decode.hpp>

#include "support/seed_types.hpp"

#include <support/fixtures.hpp>
#include <support/same_value.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {
namespace chunked_decode_test {

using sfmodels::decode_result;
using sfmodels::error;
using sfmodels::test::fixture;
using sfmodels::test::same_value;
using sfmodels::test::with_model;

template<class M>
using model_t = std::remove_cvref_t<M>;

// Feeds each piece from one scratch buffer that is scribbled over before the
// next piece, so a decoder that keeps a view into an earlier piece reads junk.
class piece_feeder
{
public:
    decode_result const& write(auto& d, std::string_view piece)
    {
        scratch_.assign(piece);
        decode_result const& r = d.write(scratch_);
        scratch_.assign(scratch_.size(), '#');
        return r;
    }

    decode_result const& finish(auto& d, std::string_view piece)
    {
        scratch_.assign(piece);
        decode_result const& r = d.finish(scratch_);
        scratch_.assign(scratch_.size(), '#');
        return r;
    }

private:
    std::string scratch_;
};

template<class T>
decode_result decode_split(std::string_view json, std::size_t at, T& out)
{
    sfmodels::decoder<T> d(out);
    piece_feeder feed;
    feed.write(d, json.substr(0, at));
    return feed.finish(d, json.substr(at));
}

template<class T>
decode_result decode_bytewise(sfmodels::decoder<T>& d, std::string_view json)
{
    piece_feeder feed;
    for (char c : json)
        feed.write(d, std::string_view(&c, 1));
    return feed.finish(d, {});
}

template<class T>
decode_result decode_bytewise(std::string_view json, T& out)
{
    sfmodels::decoder<T> d(out);
    return decode_bytewise(d, json);
}

// The same code and path. The same offset too, except for a syntax error in a
// literal split across pieces: basic_parser then reports where the literal
// went wrong rather than where it began.
testing::AssertionResult same_result(decode_result const& chunked, decode_result const& whole)
{
    bool const same_offset = chunked.offset == whole.offset ||
                             (whole.code == error::syntax && chunked.offset > whole.offset &&
                              chunked.offset - whole.offset < 5);
    if (chunked.code == whole.code && chunked.path.view() == whole.path.view() && same_offset)
        return testing::AssertionSuccess();
    return testing::AssertionFailure() << "chunked: " << chunked.message() << " [" << chunked.code.value()
                                       << "]\n  whole:   " << whole.message() << " [" << whole.code.value() << "]";
}

// Every fixture, and a few documents whose keys, strings and unknown members
// are most likely to arrive in parts.
std::vector<fixture> documents()
{
    auto all = sfmodels::test::all_fixtures();
    std::string const long_text(300, 'x');
    all.push_back({"OperationStatus", "escaped-keys",
                   R"({"\u004fperationId":"0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e21","St\u0061te":"running","Typ\u0065":"X\"y"})",
                   {}});
    all.push_back({"FabricErrorError", "long-strings",
                   R"({"Code":"E_)" + long_text + R"(","Message":"a\u00e9\n)" + long_text + R"(\ud83d\ude00"})", {}});
    all.push_back({"SelectedPartition", "long-unknown-key",
                   R"({")" + long_text + R"(":{"ServiceName":[1,2.5e3,{"a":null}]},"ServiceName":"fabric:/a"})", {}});
    all.push_back({"Epoch", "numbers-and-aliases",
                   R"({"ConfigurationNumber":-9223372036854775808,"DataLossNumber":9223372036854775807})", {}});
    return all;
}

std::string name_of(testing::TestParamInfo<fixture> const& info) { return sfmodels::test::test_name(info); }

class Chunked : public testing::TestWithParam<fixture> {};

TEST_P(Chunked, EverySplitInTwoGivesTheSameValue)
{
    fixture const& f = GetParam();
    with_model(f.type, [&](auto& whole) {
        ASSERT_FALSE(sfmodels::decode(f.input, whole)) << f.input;
        for (std::size_t at = 0; at <= f.input.size(); ++at) {
            model_t<decltype(whole)> chunked{};
            auto const r = decode_split(f.input, at, chunked);
            ASSERT_FALSE(r) << r.message() << " split at " << at;
            ASSERT_TRUE(same_value(chunked, whole)) << "split at " << at;
        }
    });
}

TEST_P(Chunked, OneBytePiecesGiveTheSameValue)
{
    fixture const& f = GetParam();
    with_model(f.type, [&](auto& whole) {
        ASSERT_FALSE(sfmodels::decode(f.input, whole));
        model_t<decltype(whole)> chunked{};
        auto const r = decode_bytewise(f.input, chunked);
        ASSERT_FALSE(r) << r.message();
        EXPECT_TRUE(same_value(chunked, whole));
    });
}

INSTANTIATE_TEST_SUITE_P(All, Chunked, testing::ValuesIn(documents()), name_of);

struct bad_input
{
    std::string_view type;
    std::string_view json;
    error code;   // what decode() reports, checked so the row stays meaningful
};

bad_input const bad_inputs[] = {
    {"PartitionDataLossProgress", R"({"State":"Faulted","InvokeDataLossResult":{"ErrorCode":1.5}})",
     error::bad_integer},
    {"PartitionDataLossProgress", R"({"InvokeDataLossResult":{"ErrorCode":-2e10}})", error::bad_integer},
    {"PartitionDataLossProgress", R"({"InvokeDataLossResult":{"ErrorCode":21474836470}})", error::out_of_range},
    {"Epoch", R"({"DataLossVersion":92233720368547758070})", error::out_of_range},
    {"Epoch", R"({"ConfigurationVersion":"12x"})", error::bad_integer},
    {"OperationStatusList",
     R"([{"OperationId":"0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e21"},{"OperationId":"0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e2"}])",
     error::bad_uuid},
    {"SelectedPartition", R"({"PartitionId":"0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e21-and-a-long-tail-that-keeps-going-on-and-on-and-on-past-the-inline-buffer-of-the-decoder-xxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})",
     error::bad_uuid},
    {"BackupProgressInfo", R"({"TimeStampUtc":"2018-13-01T09:00:55Z"})", error::bad_timestamp},
    {"FabricError", R"({"Error":{"Message":"no code"}})", error::missing_member},
    {"FabricError", R"({"Error":{"Code":"E_FAIL"},"Error":null})", error::missing_member},
    {"OperationStatus", R"({"State":["Running"]})", error::wrong_type},
    {"OperationStatus", R"({"State":"Running"} {})", error::trailing_data},
    {"OperationStatus", R"({"State":"Runn)", error::incomplete},
    {"OperationStatus", R"({"State" "Running"})", error::syntax},
    {"OperationStatus", R"({"Unknown":{"deep":[1,{"x":tru}]}})", error::syntax},
};

TEST(ChunkedBadInput, SameErrorAndPathAsDecode)
{
    for (bad_input const& b : bad_inputs) {
        SCOPED_TRACE(b.json);
        with_model(b.type, [&](auto& whole) {
            auto const expected = sfmodels::decode(b.json, whole);
            ASSERT_EQ(expected.code, b.code) << expected.message();
            for (std::size_t at = 0; at <= b.json.size(); ++at) {
                model_t<decltype(whole)> chunked{};
                EXPECT_TRUE(same_result(decode_split(b.json, at, chunked), expected)) << "split at " << at;
            }
            model_t<decltype(whole)> chunked{};
            EXPECT_TRUE(same_result(decode_bytewise(b.json, chunked), expected)) << "one-byte pieces";
        });
    }
}

TEST(Decoder, AfterAnErrorEveryCallReportsThatError)
{
    sfmodels::OperationStatus out;
    sfmodels::decoder<sfmodels::OperationStatus> d(out);
    EXPECT_FALSE(d.write(R"({"State":)"));
    EXPECT_EQ(d.write(R"([)").code, error::wrong_type);
    EXPECT_EQ(d.write(R"("Running"})").code, error::wrong_type);
    EXPECT_EQ(d.finish().code, error::wrong_type);
    EXPECT_EQ(d.result().path.view(), "/State");
}

TEST(Decoder, ResetDecodesEveryFixtureOfATypeIntoOneReusedObject)
{
    boost::mp11::mp_for_each<sfmodels::test::seed_types>([](auto w) {
        using T = typename decltype(w)::type;
        T reused{};
        sfmodels::decoder<T> d(reused);
        for (fixture const& f : sfmodels::test::fixtures_of(w.name)) {
            T whole{};
            ASSERT_FALSE(sfmodels::decode(f.input, whole));
            d.reset(reused);
            auto const r = decode_bytewise(d, f.input);
            EXPECT_FALSE(r) << r.message() << " in " << f.type << '/' << f.name;
            EXPECT_TRUE(same_value(reused, whole)) << f.type << '/' << f.name;
        }
    });
}

// A decoder abandoned anywhere - inside a key, a string, a number or an
// unknown member - must start clean after reset().
TEST(Decoder, ResetAfterAbandoningADocumentAnywhere)
{
    std::string_view const abandoned =
        R"({"Unknown":{"a":[1,"two"]},"St\u0061te":"Canc\u0065lled","OperationId":"0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e21"})";
    std::string_view const next = R"({"State":"Running","Type":"NodeTransition"})";
    sfmodels::OperationStatus expected;
    ASSERT_FALSE(sfmodels::decode(next, expected));

    for (std::size_t at = 0; at <= abandoned.size(); ++at) {
        sfmodels::OperationStatus first, second;
        sfmodels::decoder<sfmodels::OperationStatus> d(first);
        d.write(abandoned.substr(0, at));
        d.reset(second);
        auto const r = d.finish(next);
        EXPECT_FALSE(r) << r.message() << " after abandoning at " << at;
        EXPECT_TRUE(same_value(second, expected)) << "after abandoning at " << at;
    }
}

TEST(Decoder, ResetAfterAFailureClearsTheResult)
{
    sfmodels::Epoch out;
    sfmodels::decoder<sfmodels::Epoch> d(out);
    EXPECT_EQ(d.finish(R"({"DataLossVersion":"x"})").code, error::bad_integer);
    d.reset(out);
    EXPECT_FALSE(d.result());
    EXPECT_FALSE(d.finish(R"({"DataLossVersion":"-1"})"));
    EXPECT_EQ(out.DataLossVersion, -1);
    EXPECT_FALSE(out.ConfigurationVersion);
}

} // namespace chunked_decode_test
} // namespace
