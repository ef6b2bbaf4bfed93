#include <sfmodels/rest/response.hpp>

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/rest/operations/backup_restore.hpp>
#include <sfmodels/rest/operations/faults.hpp>

#include <gtest/gtest.h>

#include <boost/mp11/algorithm.hpp>

#include <string>
#include <string_view>
#include <type_traits>

namespace {
namespace rest_response_test {

namespace rest = sfmodels::rest;

constexpr std::string_view selected =
    R"("SelectedPartition":{"ServiceName":"fabric:/shop/cart","PartitionId":"5e2a9c1f-4b7d-4e3a-9f60-1c8b2d7e4a35"})";

// A success body of each response type, written for these tests.
template<class T>
std::string success_body()
{
    using namespace sfmodels;
    if constexpr (std::is_same_v<T, rest::no_content>)
        return "";
    else if constexpr (std::is_same_v<T, PartitionDataLossProgress>)
        return std::string(R"({"State":"Completed","InvokeDataLossResult":{"ErrorCode":0,)") + selected.data() + "}}";
    else if constexpr (std::is_same_v<T, PartitionQuorumLossProgress>)
        return std::string(R"({"State":"Faulted","InvokeQuorumLossResult":{"ErrorCode":-2147017731,)") +
               selected.data() + "}}";
    else if constexpr (std::is_same_v<T, PartitionRestartProgress>)
        return R"({"State":"Running"})";
    else if constexpr (std::is_same_v<T, NodeTransitionProgress>)
        return R"({"State":"Completed","NodeTransitionResult":{"ErrorCode":0,"NodeResult":{"NodeName":"N1","NodeInstanceId":"42"}}})";
    else if constexpr (std::is_same_v<T, OperationStatusList>)
        return R"([{"OperationId":"c0ffee00-1234-4abc-8def-0123456789ab","State":"Running","Type":"PartitionRestart"}])";
    else if constexpr (std::is_same_v<T, BackupProgressInfo>)
        return R"({"BackupState":"Success","TimeStampUtc":"2024-02-29T23:59:59.5Z","LsnOfLastBackupRecord":"77","FailureError":null})";
    else
        return R"({"RestoreState":"RestoreInProgress","RestoredLsn":12})";
}

constexpr std::string_view fabric_error = R"({"Error":{"Code":"FABRIC_E_NOT_PRIMARY","Message":"try the primary"}})";

template<class Op>
class Response : public testing::Test {};

// the fault and backup progress operations, whose response types success_body() knows
using all_operations = testing::Types<
    rest::StartDataLoss, rest::GetDataLossProgress, rest::StartQuorumLoss, rest::GetQuorumLossProgress,
    rest::StartPartitionRestart, rest::GetPartitionRestartProgress, rest::StartNodeTransition,
    rest::GetNodeTransitionProgress, rest::GetFaultOperationList, rest::CancelOperation,
    rest::GetPartitionBackupProgress, rest::GetPartitionRestoreProgress, rest::BackupPartition,
    rest::RestorePartition, rest::SkipRestorePartition>;
struct operation_names
{
    template<class Op>
    static std::string GetName(int) { return std::string(Op::info.name); }
};
TYPED_TEST_SUITE(Response, all_operations, operation_names);

// One status of every family, and every status the specification names for an error.
constexpr unsigned statuses[] = {100, 200, 201, 202, 204, 301, 304, 400, 404, 409, 413, 429, 500, 502, 503, 504};

TYPED_TEST(Response, DocumentedStatusGivesTheSuccessValue)
{
    using Op = TypeParam;
    using T = typename Op::response_type;
    std::string const body = success_body<T>();
    auto const r = rest::read_response<Op>(Op::info.success_status, body);
    ASSERT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(r.kind(), rest::response_kind::success);
    EXPECT_EQ(r.status(), Op::info.success_status);
    EXPECT_EQ(r.message(), "HTTP " + std::to_string(Op::info.success_status));
    if constexpr (!std::is_same_v<T, rest::no_content>) {
        T expected{};
        ASSERT_FALSE(sfmodels::decode(body, expected));
        EXPECT_TRUE(r.value() == expected);
    }
}

TYPED_TEST(Response, MalformedSuccessBodyIsBadBody)
{
    using Op = TypeParam;
    using T = typename Op::response_type;
    auto r = rest::read_response<Op>(Op::info.success_status, "{\"State\":");
    if constexpr (std::is_same_v<T, rest::no_content>) {
        EXPECT_TRUE(r.ok()) << "a body the operation does not document is ignored";
    } else {
        ASSERT_EQ(r.kind(), rest::response_kind::failure);
        EXPECT_EQ(r.failure().code, rest::errc::bad_body);
        EXPECT_EQ(r.failure().status, Op::info.success_status);
        EXPECT_TRUE(r.failure().body.code.failed());
        EXPECT_TRUE(r.message().starts_with("HTTP " + std::to_string(Op::info.success_status) +
                                            ": response body does not decode: "))
            << r.message();
    }
}

TYPED_TEST(Response, AnyOtherStatusCarriesAFabricError)
{
    using Op = TypeParam;
    for (unsigned status : statuses) {
        if (status == Op::info.success_status)
            continue;
        auto const r = rest::read_response<Op>(status, fabric_error);
        ASSERT_EQ(r.kind(), rest::response_kind::fabric_error) << status;
        EXPECT_FALSE(r.ok());
        EXPECT_EQ(r.status(), status);
        EXPECT_EQ(r.fabric_error().Error.Code, sfmodels::FabricErrorCodes::FABRIC_E_NOT_PRIMARY);
        EXPECT_EQ(r.message(), "HTTP " + std::to_string(status) + ": FABRIC_E_NOT_PRIMARY: try the primary");
    }
}

TYPED_TEST(Response, ErrorBodyThatIsNotAFabricErrorGivesTheStatus)
{
    using Op = TypeParam;
    for (std::string_view body : {"", "<html><body>Bad Gateway</body></html>", R"({"Error":{"Message":"no code"}})",
                                  R"({"error":{"code":"lower case"}})", "[]"}) {
        for (unsigned status : statuses) {
            if (status == Op::info.success_status)
                continue;
            auto const r = rest::read_response<Op>(status, body);
            ASSERT_EQ(r.kind(), rest::response_kind::failure) << status << ' ' << body;
            auto const expected = status >= 400 ? rest::errc::bad_error_body : rest::errc::unexpected_status;
            EXPECT_EQ(r.failure().code, expected) << status << ' ' << body;
            EXPECT_EQ(r.failure().status, status);
            EXPECT_TRUE(r.message().starts_with("HTTP " + std::to_string(status) + ": ")) << r.message();
        }
    }
}

TYPED_TEST(Response, ReadingAgainReplacesTheOutcome)
{
    using Op = TypeParam;
    rest::response<Op> r;
    r.read(503, fabric_error);
    EXPECT_EQ(r.kind(), rest::response_kind::fabric_error);
    r.read(Op::info.success_status, success_body<typename Op::response_type>());
    EXPECT_TRUE(r.ok()) << r.message();
    r.read(502, "");
    EXPECT_EQ(r.kind(), rest::response_kind::failure);
    EXPECT_EQ(r.failure().status, 502u);
    r.read(Op::info.success_status, success_body<typename Op::response_type>());
    EXPECT_TRUE(r.ok()) << r.message();
}

TEST(Response, ErrorBodyMissingItsCodeNamesTheMember)
{
    auto const r = rest::read_response<rest::GetDataLossProgress>(500, R"({"Error":{"Message":"m"}})");
    ASSERT_EQ(r.kind(), rest::response_kind::failure);
    EXPECT_EQ(r.failure().body.code, sfmodels::error::missing_member);
    EXPECT_EQ(r.failure().body.path.view(), "/Error/Code");
    EXPECT_TRUE(r.message().starts_with("HTTP 500: error response body is not a FabricError: "
                                        "missing required member at /Error/Code (offset "))
        << r.message();
}

TEST(Response, UnknownErrorCodeIsKept)
{
    auto const r = rest::read_response<rest::RestorePartition>(500, R"({"Error":{"Code":"E_UNEXPECTED"}})");
    ASSERT_EQ(r.kind(), rest::response_kind::fabric_error);
    EXPECT_FALSE(r.fabric_error().Error.Code.is_known());
    EXPECT_EQ(r.message(), "HTTP 500: E_UNEXPECTED");
}

TEST(Response, ProgressFromRunningToCompletedAndBack)
{
    rest::response<rest::GetDataLossProgress> r;
    r.read(200, R"({"State":"Running"})");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().State, sfmodels::OperationState::Running);
    EXPECT_FALSE(r.value().InvokeDataLossResult);
    r.read(200, success_body<sfmodels::PartitionDataLossProgress>());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().State, sfmodels::OperationState::Completed);
    ASSERT_TRUE(r.value().InvokeDataLossResult);
    EXPECT_EQ(r.value().InvokeDataLossResult->SelectedPartition->ServiceName, "fabric:/shop/cart");
    r.read(200, R"({"State":"Running"})");
    EXPECT_FALSE(r.value().InvokeDataLossResult);
}

} // namespace rest_response_test
} // namespace
