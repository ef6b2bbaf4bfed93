#include <sfmodels/codec/decode.hpp>

#include <sfmodels/codec/encode.hpp>
#include "support/seed_types.hpp"

#include <support/fixtures.hpp>
#include <support/same_value.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <type_traits>

namespace {
namespace decode_test {

using sfmodels::error;
using sfmodels::test::fixture;
using sfmodels::test::fixtures_of;
using sfmodels::test::same_value;
using sfmodels::test::with_model;

template<class M>
using model_t = std::remove_cvref_t<M>;

constexpr std::string_view uuid = "0d4a8e6f-5b2c-41e7-a9d3-7c6b5a4f3e21";

// A document and the exact text its decoded value encodes to.
struct reads_as
{
    std::string_view what;
    std::string_view type;
    std::string json;
    std::string canonical;
};

void check(reads_as const& row)
{
    SCOPED_TRACE(std::string(row.what) + ": " + row.json);
    with_model(row.type, [&](auto& fresh) {
        auto const r = sfmodels::decode(row.json, fresh);
        ASSERT_FALSE(r) << r.message();
        EXPECT_EQ(sfmodels::to_json(fresh), row.canonical);

        // decode() may take a fast path; the basic_parser decoder must agree.
        model_t<decltype(fresh)> reference{};
        auto const rr = sfmodels::detail::decode_reference(row.json, reference);
        ASSERT_FALSE(rr) << rr.message();
        EXPECT_TRUE(same_value(reference, fresh));

        // The same value when decoded over whatever a previous payload left.
        for (fixture const& previous : fixtures_of(row.type)) {
            model_t<decltype(fresh)> reused{};
            ASSERT_FALSE(sfmodels::decode(previous.input, reused));
            auto const again = sfmodels::decode(row.json, reused);
            ASSERT_FALSE(again) << again.message() << " over " << previous.name;
            EXPECT_TRUE(same_value(reused, fresh)) << "over " << previous.name;
        }
    });
}

TEST(Decode, NullReadsAsAbsent)
{
    reads_as const rows[] = {
        {"every member", "OperationStatus", R"({"OperationId":null,"State":null,"Type":null})", "{}"},
        {"every member", "BackupProgressInfo",
         R"({"BackupState":null,"TimeStampUtc":null,"BackupId":null,"BackupLocation":null,)"
         R"("EpochOfLastBackupRecord":null,"LsnOfLastBackupRecord":null,"FailureError":null})",
         "{}"},
        {"success with a null failure", "RestoreProgressInfo",
         R"({"RestoreState":"Success","RestoredEpoch":null,"RestoredLsn":null,"FailureError":null})",
         R"({"RestoreState":"Success"})"},
        {"nested", "PartitionDataLossProgress",
         R"({"InvokeDataLossResult":{"ErrorCode":null,"SelectedPartition":{"ServiceName":null,"PartitionId":null}}})",
         R"({"InvokeDataLossResult":{"SelectedPartition":{}}})"},
        {"optional next to a required member", "FabricError", R"({"Error":{"Code":"E_FAIL","Message":null}})",
         R"({"Error":{"Code":"E_FAIL"}})"},
        {"an int64", "NodeResult", R"({"NodeName":"n","NodeInstanceId":null})", R"({"NodeName":"n"})"},
    };
    for (auto const& row : rows)
        check(row);
}

TEST(Decode, TheLastOfDuplicateMembersWins)
{
    reads_as const rows[] = {
        {"value then value", "OperationStatus", R"({"State":"Running","State":"Completed"})",
         R"({"State":"Completed"})"},
        {"value then null", "OperationStatus", R"({"State":"Running","Type":"NodeTransition","State":null})",
         R"({"Type":"NodeTransition"})"},
        {"null then value", "OperationStatus", R"({"State":null,"State":"Faulted"})", R"({"State":"Faulted"})"},
        {"known then unknown spelling", "OperationStatus", R"({"State":"Running","State":"Paused"})",
         R"({"State":"Paused"})"},
        {"object then smaller object", "InvokeDataLossResult",
         R"({"SelectedPartition":{"ServiceName":"fabric:/a","PartitionId":")" + std::string(uuid) +
             R"("},"ErrorCode":0,"SelectedPartition":{"ServiceName":"fabric:/b"}})",
         R"({"ErrorCode":0,"SelectedPartition":{"ServiceName":"fabric:/b"}})"},
        {"object then empty object", "NodeTransitionResult",
         R"({"NodeResult":{"NodeName":"n","NodeInstanceId":"7"},"NodeResult":{}})", R"({"NodeResult":{}})"},
        {"object then null", "PartitionRestartProgress",
         R"({"RestartPartitionResult":{"ErrorCode":1},"State":"Completed","RestartPartitionResult":null})",
         R"({"State":"Completed"})"},
        {"deep object then smaller", "BackupProgressInfo",
         R"({"FailureError":{"Code":"E_FAIL","Message":"m"},"EpochOfLastBackupRecord":{"ConfigurationVersion":"1","DataLossVersion":"2"},)"
         R"("FailureError":{"Code":"E_ABORT"},"EpochOfLastBackupRecord":{"DataLossVersion":"3"}})",
         R"({"EpochOfLastBackupRecord":{"DataLossVersion":"3"},"FailureError":{"Code":"E_ABORT"}})"},
        {"string then number", "Epoch", R"({"ConfigurationVersion":"5","ConfigurationVersion":6})",
         R"({"ConfigurationVersion":"6"})"},
        {"current name then old name", "Epoch", R"({"ConfigurationVersion":"1","ConfigurationNumber":"2"})",
         R"({"ConfigurationVersion":"2"})"},
        {"old name then current name", "Epoch", R"({"DataLossNumber":"1","DataLossVersion":"2"})",
         R"({"DataLossVersion":"2"})"},
        {"a required member", "FabricError",
         R"({"Error":{"Code":"E_FAIL","Message":"a"},"Error":{"Code":"E_ABORT"}})",
         R"({"Error":{"Code":"E_ABORT"}})"},
        {"a required member, null then value", "FabricErrorError", R"({"Code":null,"Code":"E_FAIL"})",
         R"({"Code":"E_FAIL"})"},
    };
    for (auto const& row : rows)
        check(row);
}

TEST(Decode, NullOrDuplicateNullForARequiredMemberIsMissing)
{
    struct row
    {
        std::string_view type;
        std::string_view json;
        std::string_view path;
    };
    row const rows[] = {
        {"FabricError", R"({"Error":null})", "/Error"},
        {"FabricError", R"({"Error":{"Code":"E_FAIL"},"Error":null})", "/Error"},
        {"FabricError", R"({"Error":{"Code":"E_FAIL","Code":null}})", "/Error/Code"},
        {"FabricErrorError", R"({"Code":null,"Message":"m"})", "/Code"},
    };
    for (auto const& r : rows) {
        with_model(r.type, [&](auto& m) {
            auto const result = sfmodels::decode(r.json, m);
            EXPECT_EQ(result.code, error::missing_member) << r.json;
            EXPECT_EQ(result.path.view(), r.path) << r.json;
        });
    }
}

TEST(Decode, UnknownMembersAreSkippedAtAnyDepth)
{
    std::string const bad_uuid = R"("OperationId":"not a uuid")";
    reads_as const rows[] = {
        {"every kind of value", "OperationStatus",
         R"({"a":"s","b":-1.5e3,"c":true,"d":false,"e":null,"f":{},"g":[],"h":[[[]]],"State":"Running",)"
         R"("i":{"j":{"k":[{"State":"Faulted"},12345678901234567890123]}},"l":"\u0000\ud83d\ude00"})",
         R"({"State":"Running"})"},
        {"holding known names with bad values", "OperationStatus",
         "{\"x\":{" + bad_uuid + "},\"y\":[{" + bad_uuid + "}],\"Type\":\"NodeTransition\"}",
         R"({"Type":"NodeTransition"})"},
        {"in nested objects", "PartitionDataLossProgress",
         R"({"InvokeDataLossResult":{"Extra":[1,2],"SelectedPartition":{"ServiceName":"fabric:/a","Kind":{"x":null}},"More":{}},"Z":0})",
         R"({"InvokeDataLossResult":{"SelectedPartition":{"ServiceName":"fabric:/a"}}})"},
        {"in every array element", "OperationStatusList",
         "[{\"x\":[{" + bad_uuid + "}],\"State\":\"Running\"},{\"y\":null},{\"z\":{\"w\":[{}]},\"Type\":\"PartitionRestart\"}]",
         R"([{"State":"Running"},{},{"Type":"PartitionRestart"}])"},
        {"a long name", "Epoch", "{\"" + std::string(1000, 'k') + R"(":1,"DataLossVersion":"4"})",
         R"({"DataLossVersion":"4"})"},
        {"nested up to the depth limit", "Epoch",
         R"({"x":)" + std::string(62, '[') + std::string(62, ']') + R"(,"DataLossVersion":"4"})",
         R"({"DataLossVersion":"4"})"},
    };
    for (auto const& row : rows)
        check(row);
}

// The key table hashes a name's length and its first, middle and last bytes,
// so these names land in a known name's slot and must still be told apart.
TEST(Decode, UnknownNamesThatCollideWithKnownOnesAreSkipped)
{
    reads_as const rows[] = {
        {"same hash as State, Type, OperationId", "OperationStatus",
         R"({"Skate":"Running","Tape":"Stop","OxxxxtxxxxD":"x","Oxxxxtxxxxd":"not a uuid"})", "{}"},
        {"same length and ends as ErrorCode", "InvokeDataLossResult", R"({"Exxxrxxxe":"x","ErrorCodf":1.5})",
         "{}"},
        {"a known name's prefix and extension", "SelectedPartition",
         R"({"Service":"a","ServiceNames":"b","PartitionI":"c","PartitionIdd":"d","":"e"})", "{}"},
    };
    for (auto const& row : rows)
        check(row);
}

TEST(Decode, MemberNamesAreCaseSensitive)
{
    reads_as const rows[] = {
        {"lower case", "OperationStatus", R"({"state":"Running","type":"NodeTransition","operationId":"x"})", "{}"},
        {"upper case", "OperationStatus", R"({"STATE":"Running"})", "{}"},
        {"spaces around", "OperationStatus", R"({"State ":"Running"," State":"Running"})", "{}"},
        {"old Epoch names", "Epoch", R"({"configurationNumber":"1","DATALOSSNUMBER":"2"})", "{}"},
        {"required member", "FabricError", R"({"error":{"Code":"x"},"Error":{"code":"y","Code":"E_FAIL"}})",
         R"({"Error":{"Code":"E_FAIL"}})"},
    };
    for (auto const& row : rows)
        check(row);
}

TEST(Decode, EpochReadsItsOldMemberNames)
{
    reads_as const rows[] = {
        {"strings", "Epoch", R"({"ConfigurationNumber":"8589934592","DataLossNumber":"131462452931584510"})",
         R"({"ConfigurationVersion":"8589934592","DataLossVersion":"131462452931584510"})"},
        {"numbers", "Epoch", R"({"DataLossNumber":-1,"ConfigurationNumber":3})",
         R"({"ConfigurationVersion":"3","DataLossVersion":"-1"})"},
        {"mixed with a current name", "Epoch", R"({"ConfigurationNumber":"1","DataLossVersion":"2"})",
         R"({"ConfigurationVersion":"1","DataLossVersion":"2"})"},
        {"inside restore progress", "RestoreProgressInfo",
         R"({"RestoredEpoch":{"DataLossNumber":"9","ConfigurationNumber":"8"},"RestoredLsn":261})",
         R"({"RestoredEpoch":{"ConfigurationVersion":"8","DataLossVersion":"9"},"RestoredLsn":"261"})"},
        {"inside backup progress", "BackupProgressInfo", R"({"EpochOfLastBackupRecord":{"DataLossNumber":"9"}})",
         R"({"EpochOfLastBackupRecord":{"DataLossVersion":"9"}})"},
    };
    for (auto const& row : rows)
        check(row);
}

TEST(Decode, Int64FromStringOrNumber)
{
    reads_as const rows[] = {
        {"strings", "Epoch", R"({"ConfigurationVersion":"0","DataLossVersion":"-1"})",
         R"({"ConfigurationVersion":"0","DataLossVersion":"-1"})"},
        {"numbers", "Epoch", R"({"ConfigurationVersion":0,"DataLossVersion":-1})",
         R"({"ConfigurationVersion":"0","DataLossVersion":"-1"})"},
        {"bounds as strings", "Epoch",
         R"({"ConfigurationVersion":"-9223372036854775808","DataLossVersion":"9223372036854775807"})",
         R"({"ConfigurationVersion":"-9223372036854775808","DataLossVersion":"9223372036854775807"})"},
        {"bounds as numbers", "Epoch",
         R"({"ConfigurationVersion":-9223372036854775808,"DataLossVersion":9223372036854775807})",
         R"({"ConfigurationVersion":"-9223372036854775808","DataLossVersion":"9223372036854775807"})"},
        {"beyond 2^53 exactly", "NodeResult", R"({"NodeInstanceId":131366982707950527})",
         R"({"NodeInstanceId":"131366982707950527"})"},
        {"2^53 + 1 as a string", "BackupProgressInfo", R"({"LsnOfLastBackupRecord":"9007199254740993"})",
         R"({"LsnOfLastBackupRecord":"9007199254740993"})"},
        {"minus zero", "RestoreProgressInfo", R"({"RestoredLsn":"-0"})", R"({"RestoredLsn":"0"})"},
    };
    for (auto const& row : rows)
        check(row);
}

TEST(Decode, Int64BeyondItsBoundsIsOutOfRange)
{
    for (std::string_view v : {"9223372036854775808", "-9223372036854775809", "\"9223372036854775808\"",
                               "\"-9223372036854775809\"", "18446744073709551616", "\"99999999999999999999\""}) {
        sfmodels::Epoch e;
        std::string const json = R"({"DataLossVersion":)" + std::string(v) + "}";
        auto const r = sfmodels::decode(json, e);
        EXPECT_EQ(r.code, error::out_of_range) << json;
        EXPECT_EQ(r.path.view(), "/DataLossVersion") << json;
    }
}

TEST(Decode, ErrorCodeFromNumberOrNumericString)
{
    reads_as const rows[] = {
        {"zero as a string", "InvokeDataLossResult", R"({"ErrorCode":"0"})", R"({"ErrorCode":0})"},
        {"negative HRESULT", "InvokeQuorumLossResult", R"({"ErrorCode":-2147467259})",
         R"({"ErrorCode":-2147467259})"},
        {"negative HRESULT as a string", "RestartPartitionResult", R"({"ErrorCode":"-2147024809"})",
         R"({"ErrorCode":-2147024809})"},
        {"int32 bounds", "NodeTransitionResult", R"({"ErrorCode":2147483647})", R"({"ErrorCode":2147483647})"},
        {"int32 bounds", "NodeTransitionResult", R"({"ErrorCode":"-2147483648"})", R"({"ErrorCode":-2147483648})"},
    };
    for (auto const& row : rows)
        check(row);

    for (std::string_view v : {"2147483648", "-2147483649", "\"2147483648\"", "\"-2147483649\"", "4294967295"}) {
        sfmodels::InvokeDataLossResult r;
        std::string const json = R"({"ErrorCode":)" + std::string(v) + "}";
        EXPECT_EQ(sfmodels::decode(json, r).code, error::out_of_range) << json;
    }
}

// Inserts every kind of JSON whitespace around every token of a compact document.
std::string spread(std::string_view json)
{
    constexpr std::string_view ws = " \t\r\n ";
    std::string out(ws);
    bool in_string = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        char const c = json[i];
        out += c;
        if (in_string) {
            if (c == '\\') {
                out += json[++i];
            } else if (c == '"') {
                in_string = false;
                out += ws;
            }
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':')
            out += ws;
        else if (i + 1 < json.size() && (json[i + 1] == ',' || json[i + 1] == '}' || json[i + 1] == ']'))
            out += ws;   // after a number, true, false or null
    }
    return out;
}

TEST(Decode, WhitespaceAroundEveryTokenIsIgnored)
{
    for (fixture const& f : sfmodels::test::all_fixtures()) {
        std::string const json = spread(f.expected);
        with_model(f.type, [&](auto& compact) {
            ASSERT_FALSE(sfmodels::decode(f.expected, compact));
            model_t<decltype(compact)> spaced{};
            auto const r = sfmodels::decode(json, spaced);
            ASSERT_FALSE(r) << r.message() << " in " << f.type << '/' << f.name << ":\n" << json;
            EXPECT_TRUE(same_value(spaced, compact)) << f.type << '/' << f.name;
        });
    }
}

TEST(Decode, EscapedNamesMatchTheirUnescapedText)
{
    reads_as const rows[] = {
        {"one escape", "OperationStatus", R"({"St\u0061te":"Running"})", R"({"State":"Running"})"},
        {"every char escaped", "OperationStatus", R"({"\u0053\u0074\u0061\u0074\u0065":"Running"})",
         R"({"State":"Running"})"},
        {"upper-case hex", "OperationStatus", R"({"Typ\u0065":"Stop","\u004FperationId":")" + std::string(uuid) + "\"}",
         R"({"OperationId":")" + std::string(uuid) + R"(","Type":"Stop"})"},
        {"an old Epoch name", "Epoch", R"({"DataLoss\u004eumber":"3"})", R"({"DataLossVersion":"3"})"},
        {"a nested name", "FabricError", R"({"\u0045rror":{"C\u006fde":"E_FAIL"}})", R"({"Error":{"Code":"E_FAIL"}})"},
        {"escaped to a different name", "OperationStatus", R"({"St\u0041te":"Running","State\u0000":"Running"})",
         "{}"},
    };
    for (auto const& row : rows)
        check(row);
}

TEST(Decode, AStringOfTheMaximumSize)
{
    std::string const text = std::string(sfmodels::limits::max_string_size - 4, 'm') + "\xf0\x9f\x98\x80";
    ASSERT_EQ(text.size(), sfmodels::limits::max_string_size);
    std::string const json = R"({"Code":"E_FAIL","Message":")" + text + "\"}";

    sfmodels::FabricErrorError e;
    auto const r = sfmodels::decode(json, e);
    ASSERT_FALSE(r) << r.message();
    EXPECT_TRUE(e.Message == text);
    EXPECT_EQ(sfmodels::to_json(e), json);

    std::string const longer = R"({"Code":"E_FAIL","Message":")" + text + "m\"}";
    EXPECT_EQ(sfmodels::decode(longer, e).code, error::too_large);
}

TEST(Decode, MembersMissingFromTheNextPayloadBecomeAbsent)
{
    std::string const full = R"({"BackupState":"Failure","TimeStampUtc":"2018-01-01T09:00:55Z","BackupId":")" +
                             std::string(uuid) +
                             R"(","BackupLocation":"a\\b","EpochOfLastBackupRecord":{"ConfigurationVersion":"1",)"
                             R"("DataLossVersion":"2"},"LsnOfLastBackupRecord":"3","FailureError":{"Code":"E_FAIL","Message":"m"}})";
    sfmodels::BackupProgressInfo reused;
    ASSERT_FALSE(sfmodels::decode(full, reused));
    ASSERT_EQ(sfmodels::to_json(reused), full);

    ASSERT_FALSE(sfmodels::decode(R"({"EpochOfLastBackupRecord":{"DataLossVersion":"5"},"FailureError":{"Code":"x"}})",
                                  reused));
    EXPECT_FALSE(reused.BackupState);
    EXPECT_FALSE(reused.TimeStampUtc);
    EXPECT_FALSE(reused.BackupId);
    EXPECT_FALSE(reused.BackupLocation);
    ASSERT_TRUE(reused.EpochOfLastBackupRecord);
    EXPECT_FALSE(reused.EpochOfLastBackupRecord->ConfigurationVersion);
    EXPECT_EQ(reused.EpochOfLastBackupRecord->DataLossVersion, 5);
    EXPECT_FALSE(reused.LsnOfLastBackupRecord);
    ASSERT_TRUE(reused.FailureError);
    EXPECT_FALSE(reused.FailureError->Message);

    ASSERT_FALSE(sfmodels::decode("{}", reused));
    EXPECT_TRUE(same_value(reused, sfmodels::BackupProgressInfo{}));
}

TEST(Decode, AListShrinksAndItsElementsLoseMembers)
{
    std::string const three = "[{\"OperationId\":\"" + std::string(uuid) +
                              R"(","State":"Running","Type":"NodeTransition"},{"State":"Faulted"},{"Type":"Stop"}])";
    sfmodels::OperationStatusList reused;
    ASSERT_FALSE(sfmodels::decode(three, reused));
    ASSERT_EQ(reused.size(), 3u);

    ASSERT_FALSE(sfmodels::decode(R"([{"Type":"PartitionRestart"}])", reused));
    ASSERT_EQ(reused.size(), 1u);
    EXPECT_FALSE(reused[0].OperationId);
    EXPECT_FALSE(reused[0].State);
    EXPECT_EQ(sfmodels::to_json(reused), R"([{"Type":"PartitionRestart"}])");

    ASSERT_FALSE(sfmodels::decode("[]", reused));
    EXPECT_TRUE(reused.empty());
}

TEST(Decode, AFailedDecodeLeavesAReusableObject)
{
    for (fixture const& f : sfmodels::test::all_fixtures()) {
        with_model(f.type, [&](auto& fresh) {
            ASSERT_FALSE(sfmodels::decode(f.input, fresh));
            // Cut the document short at every eighth byte, then decode it whole.
            for (std::size_t at = 0; at < f.input.size(); at += 8) {
                if (f.input.find_first_not_of(" \t\r\n", at) == std::string::npos)
                    break;   // only trailing whitespace is cut: still a whole document
                model_t<decltype(fresh)> reused{};
                EXPECT_TRUE(sfmodels::decode(std::string_view(f.input).substr(0, at), reused))
                    << f.type << '/' << f.name << " cut at " << at;
                auto const r = sfmodels::decode(f.input, reused);
                ASSERT_FALSE(r) << r.message();
                EXPECT_TRUE(same_value(reused, fresh)) << f.type << '/' << f.name << " cut at " << at;
            }
        });
    }
}

} // namespace decode_test
} // namespace
