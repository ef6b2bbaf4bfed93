// What a failed decode leaves behind: for every kind of decode error, the
// target stays a valid object that the next decode fully overwrites, and the
// error names what went wrong and where.
#include <sfmodels/codec/decode.hpp>

#include <sfmodels/codec/encode.hpp>
#include "support/seed_types.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace {
namespace failed_decode_test {

using sfmodels::error;

struct failure_case
{
    std::string name;
    std::string model;
    std::string previous;   // decoded into the target first
    std::string bad;        // then this fails...
    error expected;
    std::string path;       // ...here
    std::string next;       // and this must then decode as into a fresh object
};

void PrintTo(failure_case const& c, std::ostream* os)
{
    *os << c.name;
}

std::string const backup_previous =
    R"({"BackupState":"Success","TimeStampUtc":"2024-03-01T10:17:42.318Z",)"
    R"("BackupId":"8d3b6f0e-4a1c-4f92-b7e5-0a9c8d7e6f51",)"
    R"("BackupLocation":"Inventory/a-location-longer-than-any-small-string-buffer/2024-03-01.zip",)"
    R"("EpochOfLastBackupRecord":{"ConfigurationVersion":"12884901890","DataLossVersion":"7"},)"
    R"("LsnOfLastBackupRecord":"48213","FailureError":{"Code":"E_FAIL","Message":"upload failed"}})";

std::string const backup_next = R"({"BackupState":"Accepted","BackupLocation":"b.zip"})";

std::string const list_previous =
    R"([{"OperationId":"8d3b6f0e-4a1c-4f92-b7e5-0a9c8d7e6f51","State":"Completed","Type":"PartitionRestart"},)"
    R"({"State":"SomethingNew","Type":"NodeTransition"},{"State":"Running"}])";

std::string const storage_previous =
    R"({"BackupStorage":{"StorageKind":"AzureBlobStore","FriendlyName":"blob","ConnectionString":"c",)"
    R"("ContainerName":"k"}})";

failure_case backup(std::string name, std::string bad, error e, std::string path)
{
    return {std::move(name), "BackupProgressInfo", backup_previous, std::move(bad), e, std::move(path),
            backup_next};
}

std::vector<failure_case> cases()
{
    std::string const long_location(sfmodels::limits::max_string_size + 1, 'x');
    return {
        backup("syntax", R"({"BackupState":"Failure","BackupLocation":"x",])", error::syntax, "/BackupLocation"),
        backup("incomplete", R"({"BackupState":"Failure","EpochOfLastBackupRecord":{"ConfigurationVersion":"1")",
               error::incomplete, "/EpochOfLastBackupRecord/ConfigurationVersion"),
        backup("trailing_data", R"({"BackupState":"Failure"} {})", error::trailing_data, ""),
        backup("too_deep", R"({"BackupState":"Failure","X":)" + std::string(64, '['), error::too_deep, "/X"),
        backup("too_large", R"({"BackupState":"Failure","BackupLocation":")" + long_location + "\"}",
               error::too_large, "/BackupLocation"),
        backup("wrong_type", R"({"BackupState":"Failure","EpochOfLastBackupRecord":[]})", error::wrong_type,
               "/EpochOfLastBackupRecord"),
        backup("bad_uuid", R"({"BackupState":"Failure","BackupId":"8d3b6f0e"})", error::bad_uuid, "/BackupId"),
        backup("bad_timestamp", R"({"TimeStampUtc":"yesterday"})", error::bad_timestamp, "/TimeStampUtc"),
        backup("bad_integer", R"({"LsnOfLastBackupRecord":"1.5"})", error::bad_integer, "/LsnOfLastBackupRecord"),
        backup("out_of_range", R"({"EpochOfLastBackupRecord":{"DataLossVersion":"9223372036854775808"}})",
               error::out_of_range, "/EpochOfLastBackupRecord/DataLossVersion"),
        backup("missing_member", R"({"FailureError":{"Message":"no code"},"BackupState":"Failure"})",
               error::missing_member, "/FailureError/Code"),
        {"list_bad_uuid", "OperationStatusList", list_previous, R"([{"State":"Faulted"},{"OperationId":"-"}])",
         error::bad_uuid, "/1/OperationId", R"([{"Type":"PartitionDataLoss"}])"},
        {"list_syntax", "OperationStatusList", list_previous, R"([{"State":"Faulted"},{"State":"Running",}])",
         error::syntax, "/1/State", "[]"},
        {"list_wrong_type", "OperationStatusList", list_previous, R"([{},{},{},{},null])", error::wrong_type, "/4",
         R"([{},{}])"},
        {"missing_required", "FabricError", R"({"Error":{"Code":"E_FAIL","Message":"m"}})", R"({"Error":{}})",
         error::missing_member, "/Error/Code", R"({"Error":{"Code":"E_ABORT"}})"},
        {"unknown_kind", "BackupPartitionDescription", storage_previous,
         R"({"BackupStorage":{"StorageKind":"Tape","Path":"x"}})", error::unknown_kind, "/BackupStorage/StorageKind",
         "{}"},
        {"variant_missing_member", "BackupPartitionDescription", storage_previous,
         R"({"BackupStorage":{"StorageKind":"FileShare"}})", error::missing_member, "/BackupStorage/Path",
         R"({"BackupStorage":{"StorageKind":"FileShare","Path":"\\\\share"}})"},
    };
}

template<class T>
sfmodels::decode_result decode_in_pieces(sfmodels::decoder<T>& d, std::string_view json)
{
    for (std::size_t i = 0; i < json.size() && !d.result(); i += 3)
        d.write(json.substr(i, 3));
    return d.finish();
}

class FailedDecode : public testing::TestWithParam<failure_case>
{
protected:
    template<class F>
    void with_model(F&& f)
    {
        bool const found = sfmodels::test::visit_seed_type(GetParam().model, [&](auto w) {
            using T = typename decltype(w)::type;
            T used{};
            T fresh{};
            ASSERT_TRUE(sfmodels::decode(GetParam().previous, used).ok());
            ASSERT_TRUE(sfmodels::decode(GetParam().next, fresh).ok());
            f(used, fresh);
        });
        ASSERT_TRUE(found) << "no wire type " << GetParam().model;
    }
};

TEST_P(FailedDecode, SaysWhatAndWhere)
{
    failure_case const& c = GetParam();
    with_model([&](auto& used, auto&) {
        auto const r = sfmodels::decode(c.bad, used);
        EXPECT_EQ(r.code, c.expected) << r.message();
        EXPECT_EQ(r.path.view(), c.path);
        EXPECT_LE(r.offset, c.bad.size());
        std::string const where = " at " + (c.path.empty() ? std::string("/") : c.path) + " (offset ";
        EXPECT_EQ(r.message(), r.code.message() + where + std::to_string(r.offset) + ")");
    });
}

TEST_P(FailedDecode, LeavesAnObjectThatCopiesAndTakesTheNextDocument)
{
    failure_case const& c = GetParam();
    with_model([&](auto& used, auto const& fresh) {
        ASSERT_TRUE(sfmodels::decode(c.bad, used));
        auto copy = used;
        auto assigned = fresh;
        assigned = used;
        EXPECT_EQ(assigned, copy);

        auto const r = sfmodels::decode(c.next, used);
        ASSERT_TRUE(r.ok()) << r.message();
        EXPECT_EQ(used, fresh) << sfmodels::to_json(used) << " vs " << sfmodels::to_json(fresh);
        ASSERT_TRUE(sfmodels::decode(c.next, copy).ok());
        EXPECT_EQ(copy, fresh);
    });
}

TEST_P(FailedDecode, InPiecesTheSameAndResetDecoderTakesTheNextDocument)
{
    failure_case const& c = GetParam();
    with_model([&](auto& used, auto const& fresh) {
        sfmodels::decoder d(used);
        auto const r = decode_in_pieces(d, c.bad);
        EXPECT_EQ(r.code, c.expected) << r.message();
        EXPECT_EQ(r.path.view(), c.path);

        d.reset(used);
        auto const again = decode_in_pieces(d, c.next);
        ASSERT_TRUE(again.ok()) << again.message();
        EXPECT_EQ(used, fresh) << sfmodels::to_json(used) << " vs " << sfmodels::to_json(fresh);
    });
}

std::string case_name(testing::TestParamInfo<failure_case> const& info)
{
    return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(EveryKind, FailedDecode, testing::ValuesIn(cases()), case_name);

TEST(FailedDecodeCoverage, EveryDecodeErrorIsExercised)
{
    std::vector<error> seen;
    for (auto const& c : cases())
        seen.push_back(c.expected);
    for (error e : {error::syntax, error::incomplete, error::trailing_data, error::too_deep, error::too_large,
                    error::wrong_type, error::bad_uuid, error::bad_timestamp, error::bad_integer, error::out_of_range,
                    error::missing_member, error::unknown_kind})
        EXPECT_NE(std::find(seen.begin(), seen.end(), e), seen.end()) << make_error_code(e).message();
}

// What exactly is left, as the README states it.
class LeftBehind : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(sfmodels::decode(backup_previous, info).ok()); }

    sfmodels::BackupProgressInfo info;
};

TEST_F(LeftBehind, MembersBeforeTheErrorHoldTheNewValues)
{
    ASSERT_TRUE(sfmodels::decode(R"({"BackupState":"Failure","BackupLocation":"new","BackupId":"?"})", info));
    EXPECT_EQ(info.BackupState, sfmodels::BackupState::Failure);
    EXPECT_EQ(info.BackupLocation, "new");
}

TEST_F(LeftBehind, MembersAfterTheErrorAndAbsentOnesKeepTheOldValues)
{
    ASSERT_TRUE(sfmodels::decode(R"({"BackupId":"?","BackupState":"Failure"})", info));
    EXPECT_EQ(info.BackupState, sfmodels::BackupState::Success);
    ASSERT_TRUE(info.TimeStampUtc.has_value());   // absent, but never reset: the object did not end
    ASSERT_TRUE(info.FailureError.has_value());
    EXPECT_EQ(info.FailureError->Message, "upload failed");
}

TEST_F(LeftBehind, InnerObjectsThatEndedBeforeTheErrorAreComplete)
{
    ASSERT_TRUE(sfmodels::decode(R"({"EpochOfLastBackupRecord":{"DataLossVersion":"1"},"BackupId":"?"})", info));
    ASSERT_TRUE(info.EpochOfLastBackupRecord.has_value());
    EXPECT_EQ(info.EpochOfLastBackupRecord->DataLossVersion, 1);
    EXPECT_FALSE(info.EpochOfLastBackupRecord->ConfigurationVersion.has_value());
}

TEST(LeftBehindInLists, ElementsPastTheErrorRemain)
{
    sfmodels::OperationStatusList list;
    ASSERT_TRUE(sfmodels::decode(list_previous, list).ok());
    ASSERT_TRUE(sfmodels::decode(R"([{"State":"Faulted"},{"OperationId":"?"}])", list));
    ASSERT_EQ(list.size(), 3u);   // a list is shortened only when its array ends
    EXPECT_EQ(list[0].State, sfmodels::OperationState::Faulted);
    EXPECT_EQ(list[2].State, sfmodels::OperationState::Running);
}

} // namespace failed_decode_test
} // namespace
