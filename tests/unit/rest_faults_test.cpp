#include <sfmodels/rest/operations/faults.hpp>

#include "rest_support.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace {
namespace rest_faults_test {

namespace rest = sfmodels::rest;
using namespace std::chrono_literals;
using sfmodels::test::rest::operation;
using sfmodels::test::rest::partition;
using sfmodels::test::rest::rejection_of;
using sfmodels::test::rest::target_of;

// "P" of the specification's table, with the sample service and partition filled in.
std::string const P = "/Faults/Services/myapp~app1~svc1/$/GetPartitions/5e2a9c1f-4b7d-4e3a-9f60-1c8b2d7e4a35/$/";
std::string const op_query = "&OperationId=c0ffee00-1234-4abc-8def-0123456789ab";
constexpr char const* service = "fabric:/myapp/app1/svc1";

template<class Op>
void expect_info(std::string_view method, std::string_view path, unsigned status)
{
    SCOPED_TRACE(Op::info.name);
    EXPECT_EQ(Op::info.method, method);
    EXPECT_EQ(Op::info.path, path);
    EXPECT_EQ(Op::info.api_version, "6.0");
    EXPECT_EQ(Op::info.success_status, status);
}

TEST(FaultOperations, MatchTheSpecificationTable)
{
    std::string const p = "/Faults/Services/{serviceId}/$/GetPartitions/{partitionId}/$/";
    expect_info<rest::StartDataLoss>("POST", p + "StartDataLoss", 202);
    expect_info<rest::GetDataLossProgress>("GET", p + "GetDataLossProgress", 200);
    expect_info<rest::StartQuorumLoss>("POST", p + "StartQuorumLoss", 202);
    expect_info<rest::GetQuorumLossProgress>("GET", p + "GetQuorumLossProgress", 200);
    expect_info<rest::StartPartitionRestart>("POST", p + "StartRestart", 202);
    expect_info<rest::GetPartitionRestartProgress>("GET", p + "GetRestartProgress", 200);
    expect_info<rest::StartNodeTransition>("POST", "/Faults/Nodes/{nodeName}/$/StartTransition/", 202);
    expect_info<rest::GetNodeTransitionProgress>("GET", "/Faults/Nodes/{nodeName}/$/GetTransitionProgress", 200);
    expect_info<rest::GetFaultOperationList>("GET", "/Faults/", 200);
    expect_info<rest::CancelOperation>("POST", "/Faults/$/Cancel", 200);
}

TEST(FaultOperations, ResponseTypes)
{
    EXPECT_TRUE((std::is_same_v<rest::StartDataLoss::response_type, rest::no_content>));
    EXPECT_TRUE((std::is_same_v<rest::GetDataLossProgress::response_type, sfmodels::PartitionDataLossProgress>));
    EXPECT_TRUE((std::is_same_v<rest::GetQuorumLossProgress::response_type, sfmodels::PartitionQuorumLossProgress>));
    EXPECT_TRUE((std::is_same_v<rest::GetPartitionRestartProgress::response_type, sfmodels::PartitionRestartProgress>));
    EXPECT_TRUE((std::is_same_v<rest::GetNodeTransitionProgress::response_type, sfmodels::NodeTransitionProgress>));
    EXPECT_TRUE((std::is_same_v<rest::GetFaultOperationList::response_type, sfmodels::OperationStatusList>));
    EXPECT_TRUE((std::is_same_v<rest::CancelOperation::response_type, rest::no_content>));
}

// ---- required parameters cannot be left out

template<class T> constexpr bool value_initializable = requires { T{}; };
template<class T>
constexpr bool data_loss_without_mode = requires { T{.serviceId = "a~b", .partitionId = partition, .OperationId = operation}; };
template<class T>
constexpr bool node_transition_without_instance = requires {
    T{.nodeName = "n", .OperationId = operation, .NodeTransitionType = sfmodels::NodeTransitionType::Stop,
      .StopDurationInSeconds = 600s};
};

TEST(FaultOperations, RequiredParametersAreRequiredByConstruction)
{
    EXPECT_FALSE(value_initializable<rest::StartDataLoss>);
    EXPECT_FALSE(value_initializable<rest::GetDataLossProgress>);
    EXPECT_FALSE(value_initializable<rest::StartQuorumLoss>);
    EXPECT_FALSE(value_initializable<rest::StartNodeTransition>);
    EXPECT_FALSE(value_initializable<rest::GetNodeTransitionProgress>);
    EXPECT_FALSE(value_initializable<rest::CancelOperation>);
    EXPECT_FALSE(data_loss_without_mode<rest::StartDataLoss>);
    EXPECT_TRUE(data_loss_without_mode<rest::GetDataLossProgress>);   // it has no mode to forget
    EXPECT_FALSE(node_transition_without_instance<rest::StartNodeTransition>);
    // Every parameter of GetFaultOperationList has a default.
    EXPECT_TRUE(value_initializable<rest::GetFaultOperationList>);
}

// ---- valid requests: the exact targets

TEST(StartDataLoss, Target)
{
    rest::StartDataLoss r{.serviceId = service, .partitionId = partition, .OperationId = operation,
                          .DataLossMode = sfmodels::DataLossMode::PartialDataLoss};
    EXPECT_EQ(target_of(r), P + "StartDataLoss?api-version=6.0" + op_query + "&DataLossMode=PartialDataLoss&timeout=60");
    r.DataLossMode = sfmodels::DataLossMode::FullDataLoss;
    r.timeout = 1s;
    EXPECT_EQ(target_of(r), P + "StartDataLoss?api-version=6.0" + op_query + "&DataLossMode=FullDataLoss&timeout=1");
}

TEST(GetDataLossProgress, Target)
{
    rest::GetDataLossProgress r{.serviceId = "myapp~app1~svc1", .partitionId = partition, .OperationId = operation,
                                .timeout = 4294967295s};
    EXPECT_EQ(target_of(r), P + "GetDataLossProgress?api-version=6.0" + op_query + "&timeout=4294967295");
}

TEST(StartQuorumLoss, Target)
{
    rest::StartQuorumLoss r{.serviceId = service, .partitionId = partition, .OperationId = operation,
                            .QuorumLossMode = sfmodels::QuorumLossMode::QuorumReplicas, .QuorumLossDuration = 2min};
    EXPECT_EQ(target_of(r), P + "StartQuorumLoss?api-version=6.0" + op_query +
                                "&QuorumLossMode=QuorumReplicas&QuorumLossDuration=120&timeout=60");
    r.QuorumLossMode = sfmodels::QuorumLossMode::AllReplicas;
    r.QuorumLossDuration = 0s;
    EXPECT_EQ(target_of(r), P + "StartQuorumLoss?api-version=6.0" + op_query +
                                "&QuorumLossMode=AllReplicas&QuorumLossDuration=0&timeout=60");
}

TEST(GetQuorumLossProgress, Target)
{
    rest::GetQuorumLossProgress r{.serviceId = service, .partitionId = partition, .OperationId = operation};
    EXPECT_EQ(target_of(r), P + "GetQuorumLossProgress?api-version=6.0" + op_query + "&timeout=60");
}

TEST(StartPartitionRestart, Target)
{
    rest::StartPartitionRestart r{.serviceId = service, .partitionId = partition, .OperationId = operation,
                                  .RestartPartitionMode = sfmodels::RestartPartitionMode::OnlyActiveSecondaries};
    EXPECT_EQ(target_of(r), P + "StartRestart?api-version=6.0" + op_query +
                                "&RestartPartitionMode=OnlyActiveSecondaries&timeout=60");
}

TEST(GetPartitionRestartProgress, Target)
{
    rest::GetPartitionRestartProgress r{.serviceId = service, .partitionId = partition, .OperationId = operation};
    EXPECT_EQ(target_of(r), P + "GetRestartProgress?api-version=6.0" + op_query + "&timeout=60");
}

TEST(StartNodeTransition, Target)
{
    rest::StartNodeTransition r{.nodeName = "_Node_0", .OperationId = operation,
                                .NodeTransitionType = sfmodels::NodeTransitionType::Stop,
                                .NodeInstanceId = 18446744073709551615u, .StopDurationInSeconds = 14400s};
    EXPECT_EQ(target_of(r), "/Faults/Nodes/_Node_0/$/StartTransition/?api-version=6.0" + op_query +
                                "&NodeTransitionType=Stop&NodeInstanceId=18446744073709551615"
                                "&StopDurationInSeconds=14400&timeout=60");
}

TEST(StartNodeTransition, NodeNameIsPercentEncoded)
{
    rest::StartNodeTransition r{.nodeName = "rack 1/node#2?é", .OperationId = operation,
                                .NodeTransitionType = sfmodels::NodeTransitionType::Start, .NodeInstanceId = 7u,
                                .StopDurationInSeconds = 10min};
    EXPECT_EQ(target_of(r), "/Faults/Nodes/rack%201%2Fnode%232%3F%C3%A9/$/StartTransition/?api-version=6.0" +
                                op_query + "&NodeTransitionType=Start&NodeInstanceId=7&StopDurationInSeconds=600"
                                           "&timeout=60");
}

TEST(GetNodeTransitionProgress, Target)
{
    rest::GetNodeTransitionProgress r{.nodeName = "node~1.a-b", .OperationId = operation};
    EXPECT_EQ(target_of(r), "/Faults/Nodes/node~1.a-b/$/GetTransitionProgress?api-version=6.0" + op_query +
                                "&timeout=60");
}

TEST(GetFaultOperationList, FiltersAreAlwaysSent)
{
    EXPECT_EQ(target_of(rest::GetFaultOperationList{}), "/Faults/?api-version=6.0&TypeFilter=65535&StateFilter=65535&timeout=60");
    rest::GetFaultOperationList r{
        .TypeFilter = rest::operation_type_filter::PartitionQuorumLoss | rest::operation_type_filter::NodeTransition,
        .StateFilter = rest::operation_state_filter::Completed | rest::operation_state_filter::Faulted |
                       rest::operation_state_filter::ForceCancelled,
        .timeout = 5s};
    EXPECT_EQ(target_of(r), "/Faults/?api-version=6.0&TypeFilter=10&StateFilter=88&timeout=5");
}

TEST(CancelOperation, ForceIsAlwaysSent)
{
    rest::CancelOperation r{.OperationId = operation};
    EXPECT_EQ(target_of(r), "/Faults/$/Cancel?api-version=6.0" + op_query + "&Force=false&timeout=60");
    r.Force = true;
    EXPECT_EQ(target_of(r), "/Faults/$/Cancel?api-version=6.0" + op_query + "&Force=true&timeout=60");
}

// ---- invalid parameters: the error names the parameter

TEST(FaultOperations, TimeoutBounds)
{
    rest::GetDataLossProgress r{.serviceId = service, .partitionId = partition, .OperationId = operation};
    for (auto t : {0s, -1s, 4294967296s}) {
        r.timeout = t;
        EXPECT_EQ(rejection_of(r), "timeout: parameter value out of range") << t.count();
    }
    r.timeout = 1s;
    EXPECT_EQ(rejection_of(r), "");
    rest::CancelOperation c{.OperationId = operation, .timeout = 0s};
    EXPECT_EQ(rejection_of(c), "timeout: parameter value out of range");
}

TEST(FaultOperations, InvalidModesAreRejected)
{
    rest::StartDataLoss d{.serviceId = service, .partitionId = partition, .OperationId = operation,
                          .DataLossMode = sfmodels::DataLossMode::Invalid};
    EXPECT_EQ(rejection_of(d), "DataLossMode: invalid parameter value");
    d.DataLossMode = static_cast<sfmodels::DataLossMode>(3);
    EXPECT_EQ(rejection_of(d), "DataLossMode: invalid parameter value");
    EXPECT_EQ(sfmodels::rest::validate(d).expected, "PartialDataLoss or FullDataLoss");

    rest::StartQuorumLoss q{.serviceId = service, .partitionId = partition, .OperationId = operation,
                            .QuorumLossMode = sfmodels::QuorumLossMode::Invalid, .QuorumLossDuration = 1s};
    EXPECT_EQ(rejection_of(q), "QuorumLossMode: invalid parameter value");

    rest::StartPartitionRestart p{.serviceId = service, .partitionId = partition, .OperationId = operation,
                                  .RestartPartitionMode = sfmodels::RestartPartitionMode::Invalid};
    EXPECT_EQ(rejection_of(p), "RestartPartitionMode: invalid parameter value");

    rest::StartNodeTransition n{.nodeName = "n", .OperationId = operation,
                                .NodeTransitionType = sfmodels::NodeTransitionType::Invalid, .NodeInstanceId = 1u,
                                .StopDurationInSeconds = 600s};
    EXPECT_EQ(rejection_of(n), "NodeTransitionType: invalid parameter value");
}

TEST(StartQuorumLoss, NegativeDurationIsRejected)
{
    rest::StartQuorumLoss q{.serviceId = service, .partitionId = partition, .OperationId = operation,
                            .QuorumLossMode = sfmodels::QuorumLossMode::AllReplicas, .QuorumLossDuration = -1s};
    EXPECT_EQ(rejection_of(q), "QuorumLossDuration: parameter value out of range");
    EXPECT_EQ(sfmodels::rest::validate(q).expected, "0 or more seconds");
}

TEST(StartNodeTransition, StopDurationBounds)
{
    rest::StartNodeTransition n{.nodeName = "n", .OperationId = operation,
                                .NodeTransitionType = sfmodels::NodeTransitionType::Stop, .NodeInstanceId = 1u,
                                .StopDurationInSeconds = 599s};
    EXPECT_EQ(rejection_of(n), "StopDurationInSeconds: parameter value out of range");
    EXPECT_EQ(sfmodels::rest::validate(n).expected, "600..14400 seconds");
    n.StopDurationInSeconds = 14401s;
    EXPECT_EQ(rejection_of(n), "StopDurationInSeconds: parameter value out of range");
    n.StopDurationInSeconds = 600s;
    EXPECT_EQ(rejection_of(n), "");
    n.nodeName = "";
    EXPECT_EQ(rejection_of(n), "nodeName: invalid parameter value");
}

TEST(FaultOperations, ServiceNameMustBeAFabricName)
{
    rest::GetDataLossProgress r{.serviceId = rest::service_id::from_name("myapp/app1/svc1"), .partitionId = partition,
                                .OperationId = operation};
    EXPECT_EQ(rejection_of(r), "serviceId: not a fabric: service name");
    r.serviceId = "fabric:myapp";
    EXPECT_EQ(rejection_of(r), "serviceId: not a fabric: service name");
    r.serviceId = "";
    EXPECT_EQ(rejection_of(r), "serviceId: invalid parameter value");
}

TEST(GetFaultOperationList, UndocumentedFlagsAreRejected)
{
    rest::GetFaultOperationList r{.TypeFilter = static_cast<rest::operation_type_filter>(0xFF)};
    EXPECT_EQ(rejection_of(r), "TypeFilter: parameter value out of range");
    r.TypeFilter = static_cast<rest::operation_type_filter>(0);
    EXPECT_EQ(rejection_of(r), "TypeFilter: parameter value out of range");
    r.TypeFilter = rest::operation_type_filter::All;
    r.StateFilter = static_cast<rest::operation_state_filter>(4);   // there is no flag 4
    EXPECT_EQ(rejection_of(r), "StateFilter: parameter value out of range");
}

TEST(FaultOperations, FirstInvalidParameterInDeclarationOrderIsReported)
{
    rest::StartDataLoss d{.serviceId = "fabric:", .partitionId = partition, .OperationId = operation,
                          .DataLossMode = sfmodels::DataLossMode::Invalid, .timeout = 0s};
    EXPECT_EQ(rejection_of(d), "serviceId: not a fabric: service name");
    d.serviceId = "a~b";
    EXPECT_EQ(rejection_of(d), "DataLossMode: invalid parameter value");
    d.DataLossMode = sfmodels::DataLossMode::FullDataLoss;
    EXPECT_EQ(rejection_of(d), "timeout: parameter value out of range");
}

} // namespace rest_faults_test
} // namespace
