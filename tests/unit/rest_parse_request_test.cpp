#include <sfmodels/rest/parse_request.hpp>

#include "rest_support.hpp"

#include <sfmodels/rest/operations/backup_restore.hpp>
#include <sfmodels/rest/operations/faults.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace {
namespace rest_parse_request_test {

namespace rest = sfmodels::rest;
using namespace std::chrono_literals;
using sfmodels::test::rest::operation;
using sfmodels::test::rest::operation_text;
using sfmodels::test::rest::partition;
using sfmodels::test::rest::partition_text;

template<class Op>
std::optional<Op> parse(std::initializer_list<rest::named_value> params, rest::request_error* error = nullptr)
{
    std::optional<Op> out;
    rest::request_error const e = rest::parse_request<Op>(std::vector<rest::named_value>(params), out);
    if (error)
        *error = e;
    EXPECT_EQ(bool(e), !out.has_value());
    return out;
}

template<class Op>
std::string failure(std::initializer_list<rest::named_value> params)
{
    rest::request_error e;
    if (parse<Op>(params, &e))
        return "parsed";
    return e.message();
}

// What parsing gives must be what the designated initializer gives.
template<class Op>
void expect_same_target(std::optional<Op> const& parsed, Op const& built)
{
    ASSERT_TRUE(parsed);
    EXPECT_EQ(sfmodels::test::rest::target_of(*parsed), sfmodels::test::rest::target_of(built));
}

TEST(ParseRequest, EveryFaultOperation)
{
    std::string_view const p = partition_text, o = operation_text;
    expect_same_target(parse<rest::StartDataLoss>({{"serviceId", "fabric:/app/svc"}, {"partitionId", p},
                                                   {"OperationId", o}, {"DataLossMode", "partialdataloss"}}),
                       rest::StartDataLoss{.serviceId = "app~svc", .partitionId = partition, .OperationId = operation,
                                           .DataLossMode = sfmodels::DataLossMode::PartialDataLoss});
    expect_same_target(parse<rest::GetDataLossProgress>(
                           {{"timeout", "5"}, {"OperationId", o}, {"partitionId", p}, {"serviceId", "app~svc"}}),
                       rest::GetDataLossProgress{.serviceId = "fabric:/app/svc", .partitionId = partition,
                                                 .OperationId = operation, .timeout = 5s});
    expect_same_target(parse<rest::StartQuorumLoss>({{"serviceId", "a"}, {"partitionId", p}, {"OperationId", o},
                                                     {"QuorumLossMode", "AllReplicas"}, {"QuorumLossDuration", "30"}}),
                       rest::StartQuorumLoss{.serviceId = "a", .partitionId = partition, .OperationId = operation,
                                             .QuorumLossMode = sfmodels::QuorumLossMode::AllReplicas,
                                             .QuorumLossDuration = 30s});
    expect_same_target(parse<rest::GetQuorumLossProgress>({{"serviceId", "a"}, {"partitionId", p}, {"OperationId", o}}),
                       rest::GetQuorumLossProgress{.serviceId = "a", .partitionId = partition, .OperationId = operation});
    expect_same_target(parse<rest::StartPartitionRestart>({{"serviceId", "a"}, {"partitionId", p}, {"OperationId", o},
                                                           {"RestartPartitionMode", "AllReplicasOrInstances"}}),
                       rest::StartPartitionRestart{
                           .serviceId = "a", .partitionId = partition, .OperationId = operation,
                           .RestartPartitionMode = sfmodels::RestartPartitionMode::AllReplicasOrInstances});
    expect_same_target(
        parse<rest::GetPartitionRestartProgress>({{"serviceId", "a"}, {"partitionId", p}, {"OperationId", o}}),
        rest::GetPartitionRestartProgress{.serviceId = "a", .partitionId = partition, .OperationId = operation});
    expect_same_target(parse<rest::StartNodeTransition>({{"nodeName", "N 1"}, {"OperationId", o},
                                                         {"NodeTransitionType", "start"},
                                                         {"NodeInstanceId", "131366982707950527"},
                                                         {"StopDurationInSeconds", "900"}}),
                       rest::StartNodeTransition{.nodeName = "N 1", .OperationId = operation,
                                                 .NodeTransitionType = sfmodels::NodeTransitionType::Start,
                                                 .NodeInstanceId = 131366982707950527u,
                                                 .StopDurationInSeconds = 900s});
    expect_same_target(parse<rest::GetNodeTransitionProgress>({{"nodeName", "N"}, {"OperationId", o}}),
                       rest::GetNodeTransitionProgress{.nodeName = "N", .OperationId = operation});
    expect_same_target(parse<rest::GetFaultOperationList>({}), rest::GetFaultOperationList{});
    expect_same_target(parse<rest::CancelOperation>({{"OperationId", o}, {"Force", "True"}}),
                       rest::CancelOperation{.OperationId = operation, .Force = true});
}

TEST(ParseRequest, EveryBackupRestoreOperation)
{
    std::string_view const p = partition_text;
    expect_same_target(parse<rest::GetPartitionBackupProgress>({{"partitionId", p}}),
                       rest::GetPartitionBackupProgress{.partitionId = partition});
    expect_same_target(parse<rest::GetPartitionRestoreProgress>({{"partitionId", p}, {"timeout", "2"}}),
                       rest::GetPartitionRestoreProgress{.partitionId = partition, .timeout = 2s});
    expect_same_target(parse<rest::SkipRestorePartition>({{"partitionId", p}, {"RestoreTimeout", "3"}}),
                       rest::SkipRestorePartition{.partitionId = partition, .RestoreTimeout = 3min});

    auto const backup = parse<rest::BackupPartition>(
        {{"partitionId", p},
         {"BackupPartitionDescription", R"({"BackupStorage":{"StorageKind":"AzureBlobStore","ConnectionString":"c","ContainerName":"k"}})"},
         {"BackupTimeout", "20"}});
    expect_same_target(backup, rest::BackupPartition{.partitionId = partition, .BackupTimeout = 20min});
    ASSERT_TRUE(backup && rest::body(*backup));
    auto const* blob = std::get_if<sfmodels::AzureBlobBackupStorageDescription>(&*rest::body(*backup)->BackupStorage);
    ASSERT_NE(blob, nullptr);
    EXPECT_EQ(blob->ContainerName, "k");

    auto const restore = parse<rest::RestorePartition>({{"partitionId", p}, {"Latest", "false"}});
    expect_same_target(restore, rest::RestorePartition{.partitionId = partition, .Latest = false});
    EXPECT_EQ(rest::body(*restore), nullptr);
}

TEST(ParseRequest, Filters)
{
    auto const hex = parse<rest::GetFaultOperationList>({{"TypeFilter", "0x3"}, {"StateFilter", "0X48"}});
    ASSERT_TRUE(hex);
    EXPECT_EQ(hex->TypeFilter, rest::operation_type_filter::PartitionDataLoss |
                                   rest::operation_type_filter::PartitionQuorumLoss);
    EXPECT_EQ(hex->StateFilter, rest::operation_state_filter::Completed | rest::operation_state_filter::ForceCancelled);
    auto const names = parse<rest::GetFaultOperationList>(
        {{"TypeFilter", "NodeTransition|partitionrestart"}, {"StateFilter", "all"}});
    ASSERT_TRUE(names);
    EXPECT_EQ(static_cast<int>(names->TypeFilter), 12);
    EXPECT_EQ(names->StateFilter, rest::operation_state_filter::All);
    EXPECT_EQ(static_cast<int>(parse<rest::GetFaultOperationList>({{"TypeFilter", "65535"}})->TypeFilter), 65535);
}

TEST(ParseRequest, MissingParameterIsNamed)
{
    EXPECT_EQ(failure<rest::StartDataLoss>({{"serviceId", "a"}, {"partitionId", partition_text},
                                            {"OperationId", operation_text}}),
              "DataLossMode: missing required parameter");
    EXPECT_EQ(failure<rest::GetPartitionBackupProgress>({}), "partitionId: missing required parameter");
    EXPECT_EQ(failure<rest::CancelOperation>({{"Force", "true"}}), "OperationId: missing required parameter");
}

TEST(ParseRequest, UnknownAndRepeatedParameters)
{
    EXPECT_EQ(failure<rest::CancelOperation>({{"OperationId", operation_text}, {"force", "true"}}),
              "force: unknown parameter (expected OperationId, Force or timeout)");
    EXPECT_EQ(failure<rest::CancelOperation>({{"api-version", "6.0"}}),
              "api-version: unknown parameter (expected OperationId, Force or timeout)");
    EXPECT_EQ(failure<rest::CancelOperation>({{"OperationId", operation_text}, {"OperationId", operation_text}}),
              "OperationId: invalid parameter value (expected the parameter given once)");
}

TEST(ParseRequest, MalformedValuesAreNamed)
{
    auto cancel = [](std::string_view name, std::string_view value) {
        return failure<rest::CancelOperation>({{"OperationId", operation_text}, {name, value}});
    };
    EXPECT_EQ(failure<rest::CancelOperation>({{"OperationId", "{c0ffee00-1234-4abc-8def-0123456789ab}"}}),
              "OperationId: invalid parameter value (expected a uuid, 8-4-4-4-12 hexadecimal digits)");
    EXPECT_EQ(cancel("Force", "yes"), "Force: invalid parameter value (expected true or false)");
    EXPECT_EQ(cancel("timeout", "1.5"), "timeout: invalid parameter value (expected 1..4294967295 seconds)");
    EXPECT_EQ(cancel("timeout", ""), "timeout: invalid parameter value (expected 1..4294967295 seconds)");
    EXPECT_EQ(cancel("timeout", "99999999999999999999"),
              "timeout: parameter value out of range (expected 1..4294967295 seconds)");
    EXPECT_EQ(cancel("timeout", "0"), "timeout: parameter value out of range (expected 1..4294967295 seconds)");

    std::string_view const p = partition_text, o = operation_text;
    EXPECT_EQ(failure<rest::StartDataLoss>({{"serviceId", "a"}, {"partitionId", p}, {"OperationId", o},
                                            {"DataLossMode", "Invalid"}}),
              "DataLossMode: invalid parameter value (expected PartialDataLoss or FullDataLoss)");
    EXPECT_EQ(failure<rest::StartDataLoss>({{"serviceId", "fabric:app"}, {"partitionId", p}, {"OperationId", o},
                                            {"DataLossMode", "FullDataLoss"}}),
              "serviceId: not a fabric: service name (expected fabric:/application/service)");
    EXPECT_EQ(failure<rest::StartNodeTransition>({{"nodeName", "n"}, {"OperationId", o},
                                                  {"NodeTransitionType", "Stop"}, {"NodeInstanceId", "-1"},
                                                  {"StopDurationInSeconds", "600"}}),
              "NodeInstanceId: invalid parameter value (expected a decimal number)");
    EXPECT_EQ(failure<rest::StartNodeTransition>({{"nodeName", "n"}, {"OperationId", o},
                                                  {"NodeTransitionType", "Stop"}, {"NodeInstanceId", "1"},
                                                  {"StopDurationInSeconds", "60"}}),
              "StopDurationInSeconds: parameter value out of range (expected 600..14400 seconds)");
    EXPECT_EQ(failure<rest::GetFaultOperationList>({{"TypeFilter", "0xFF"}}),
              "TypeFilter: parameter value out of range (expected All (65535), or flags joined by |: "
              "PartitionDataLoss (1), PartitionQuorumLoss (2), PartitionRestart (4), NodeTransition (8))");
    EXPECT_TRUE(failure<rest::GetFaultOperationList>({{"StateFilter", "Running|Done"}})
                    .starts_with("StateFilter: invalid parameter value (expected All (65535), "));
    EXPECT_TRUE(failure<rest::GetFaultOperationList>({{"StateFilter", "0x10000"}})
                    .starts_with("StateFilter: parameter value out of range (expected All (65535), "));
    EXPECT_TRUE(failure<rest::GetFaultOperationList>({{"StateFilter", "Running|"}})
                    .starts_with("StateFilter: invalid parameter value"));
    EXPECT_EQ(failure<rest::BackupPartition>({{"partitionId", p}, {"BackupPartitionDescription", "{\"BackupStorage\":{}}"}}),
              "BackupPartitionDescription: invalid parameter value (expected the JSON of the request body)");
}

} // namespace rest_parse_request_test
} // namespace
