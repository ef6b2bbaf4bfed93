#include <sfmodels/codec/decode_result.hpp>

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/models/errors.hpp>
#include <sfmodels/models/faults.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

namespace {
namespace decode_result_test {

using sfmodels::decode_result;
using sfmodels::error;
using sfmodels::json_path;

TEST(JsonPath, StartsEmpty)
{
    json_path p;
    EXPECT_TRUE(p.empty());
    EXPECT_EQ(p.view(), "");
}

TEST(JsonPath, JoinsMembersAndIndices)
{
    json_path p;
    p.push(std::string_view("InvokeDataLossResult"));
    p.push(std::size_t(0));
    p.push(std::size_t(1234567890));
    p.push(std::string_view("PartitionId"));
    EXPECT_FALSE(p.empty());
    EXPECT_EQ(p.view(), "/InvokeDataLossResult/0/1234567890/PartitionId");
    p.clear();
    EXPECT_TRUE(p.empty());
    p.push(std::numeric_limits<std::size_t>::max());
    EXPECT_EQ(p.view(), "/" + std::to_string(std::numeric_limits<std::size_t>::max()));
}

TEST(JsonPath, EscapesTildeAndSlashAsRfc6901Asks)
{
    json_path p;
    p.push(std::string_view("a/b~c"));
    p.push(std::string_view("~1"));
    p.push(std::string_view(""));
    EXPECT_EQ(p.view(), "/a~1b~0c/~01/");
}

TEST(JsonPath, TooLongEndsInDots)
{
    json_path p;
    std::string const segment(sfmodels::limits::max_path_size, 'x');
    p.push(std::string_view("First"));
    p.push(segment);
    p.push(std::string_view("Last"));
    std::string_view const v = p.view();
    ASSERT_EQ(v.size(), sfmodels::limits::max_path_size);
    EXPECT_EQ(v.substr(0, 7), "/First/");
    EXPECT_EQ(v.substr(v.size() - 3), "...");
    EXPECT_EQ(v.find("Last"), std::string_view::npos);
}

TEST(JsonPath, FitsExactlyWithoutDots)
{
    json_path p;
    std::string const segment(sfmodels::limits::max_path_size - 1, 'y');
    p.push(segment);
    EXPECT_EQ(p.view(), "/" + segment);
}

TEST(DecodeResult, SuccessIsFalseAndOk)
{
    decode_result r;
    EXPECT_TRUE(r.ok());
    EXPECT_FALSE(r);
    EXPECT_EQ(r.offset, 0u);
    EXPECT_TRUE(r.path.empty());
}

TEST(DecodeResult, FailureIsTrueAndNotOk)
{
    decode_result r;
    r.code = error::bad_uuid;
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r);
}

TEST(DecodeResult, MessageNamesWhatWherePathAndOffset)
{
    decode_result r;
    r.code = error::bad_uuid;
    r.offset = 57;
    r.path.push(std::size_t(2));
    r.path.push(std::string_view("OperationId"));
    EXPECT_EQ(r.message(), "malformed uuid at /2/OperationId (offset 57)");
}

TEST(DecodeResult, MessageShowsTheRootAsSlash)
{
    decode_result r;
    r.code = error::trailing_data;
    r.offset = 3;
    EXPECT_EQ(r.message(), "unexpected data after the document at / (offset 3)");
}

TEST(DecodeResult, MessageOfARealDecode)
{
    sfmodels::FabricError e;
    decode_result const r = sfmodels::decode(R"({"Error":{"Message":"gone"}})", e);
    ASSERT_TRUE(r);
    EXPECT_EQ(r.message(), "missing required member at /Error/Code (offset 26)");
}

TEST(DecodeResult, MessageOfARealDecodeAtTheRoot)
{
    sfmodels::OperationStatusList list;
    decode_result const r = sfmodels::decode(R"("not a list")", list);
    ASSERT_TRUE(r);
    EXPECT_EQ(r.code, error::wrong_type);
    EXPECT_EQ(r.message().substr(0, r.message().find(" (offset")), "wrong JSON type at /");
}

TEST(DecodeResult, SuccessfulDecodeLeavesItClear)
{
    sfmodels::OperationStatusList list;
    decode_result const r = sfmodels::decode(R"([{"State":"Running"}])", list);
    EXPECT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(r.code, boost::system::error_code());
    EXPECT_EQ(r.offset, 0u);
    EXPECT_TRUE(r.path.empty());
}

} // namespace decode_result_test
} // namespace
