#ifndef SFMODELS_REST_OPERATIONS_FAULTS_HPP
#define SFMODELS_REST_OPERATIONS_FAULTS_HPP

#include <sfmodels/models/faults.hpp>
#include <sfmodels/rest/duration.hpp>
#include <sfmodels/rest/filters.hpp>
#include <sfmodels/rest/request.hpp>
#include <sfmodels/rest/required.hpp>
#include <sfmodels/rest/service_id.hpp>

#include <boost/describe/class.hpp>
#include <boost/uuid/uuid.hpp>

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace sfmodels::rest {

// The operations of the Fault Analysis Service (api-version 6.0). A Start*
// call injects a fault under a caller-chosen OperationId; the matching
// Get*Progress call reports on it until its State is terminal.

struct StartDataLoss
{
    static constexpr operation_info info{
        .name = "StartDataLoss",
        .method = "POST",
        .path = "/Faults/Services/{serviceId}/$/GetPartitions/{partitionId}/$/StartDataLoss",
        .api_version = "6.0",
        .success_status = 202,
    };
    using response_type = no_content;

    required<service_id> serviceId;
    required<boost::uuids::uuid> partitionId;
    required<boost::uuids::uuid> OperationId;
    required<::sfmodels::DataLossMode> DataLossMode;
    server_timeout timeout = std::chrono::seconds(60);
};
BOOST_DESCRIBE_STRUCT(StartDataLoss, (), (serviceId, partitionId, OperationId, DataLossMode, timeout))

struct GetDataLossProgress
{
    static constexpr operation_info info{
        .name = "GetDataLossProgress",
        .method = "GET",
        .path = "/Faults/Services/{serviceId}/$/GetPartitions/{partitionId}/$/GetDataLossProgress",
        .api_version = "6.0",
        .success_status = 200,
    };
    using response_type = PartitionDataLossProgress;

    required<service_id> serviceId;
    required<boost::uuids::uuid> partitionId;
    required<boost::uuids::uuid> OperationId;
    server_timeout timeout = std::chrono::seconds(60);
};
BOOST_DESCRIBE_STRUCT(GetDataLossProgress, (), (serviceId, partitionId, OperationId, timeout))

struct StartQuorumLoss
{
    static constexpr operation_info info{
        .name = "StartQuorumLoss",
        .method = "POST",
        .path = "/Faults/Services/{serviceId}/$/GetPartitions/{partitionId}/$/StartQuorumLoss",
        .api_version = "6.0",
        .success_status = 202,
    };
    using response_type = no_content;

    required<service_id> serviceId;
    required<boost::uuids::uuid> partitionId;
    required<boost::uuids::uuid> OperationId;
    required<::sfmodels::QuorumLossMode> QuorumLossMode;
    required<quorum_loss_duration> QuorumLossDuration;
    server_timeout timeout = std::chrono::seconds(60);
};
BOOST_DESCRIBE_STRUCT(StartQuorumLoss, (),
                      (serviceId, partitionId, OperationId, QuorumLossMode, QuorumLossDuration, timeout))

struct GetQuorumLossProgress
{
    static constexpr operation_info info{
        .name = "GetQuorumLossProgress",
        .method = "GET",
        .path = "/Faults/Services/{serviceId}/$/GetPartitions/{partitionId}/$/GetQuorumLossProgress",
        .api_version = "6.0",
        .success_status = 200,
    };
    using response_type = PartitionQuorumLossProgress;

    required<service_id> serviceId;
    required<boost::uuids::uuid> partitionId;
    required<boost::uuids::uuid> OperationId;
    server_timeout timeout = std::chrono::seconds(60);
};
BOOST_DESCRIBE_STRUCT(GetQuorumLossProgress, (), (serviceId, partitionId, OperationId, timeout))

struct StartPartitionRestart
{
    static constexpr operation_info info{
        .name = "StartPartitionRestart",
        .method = "POST",
        .path = "/Faults/Services/{serviceId}/$/GetPartitions/{partitionId}/$/StartRestart",
        .api_version = "6.0",
        .success_status = 202,
    };
    using response_type = no_content;

    required<service_id> serviceId;
    required<boost::uuids::uuid> partitionId;
    required<boost::uuids::uuid> OperationId;
    required<::sfmodels::RestartPartitionMode> RestartPartitionMode;
    server_timeout timeout = std::chrono::seconds(60);
};
BOOST_DESCRIBE_STRUCT(StartPartitionRestart, (), (serviceId, partitionId, OperationId, RestartPartitionMode, timeout))

struct GetPartitionRestartProgress
{
    static constexpr operation_info info{
        .name = "GetPartitionRestartProgress",
        .method = "GET",
        .path = "/Faults/Services/{serviceId}/$/GetPartitions/{partitionId}/$/GetRestartProgress",
        .api_version = "6.0",
        .success_status = 200,
    };
    using response_type = PartitionRestartProgress;

    required<service_id> serviceId;
    required<boost::uuids::uuid> partitionId;
    required<boost::uuids::uuid> OperationId;
    server_timeout timeout = std::chrono::seconds(60);
};
BOOST_DESCRIBE_STRUCT(GetPartitionRestartProgress, (), (serviceId, partitionId, OperationId, timeout))

/// Starts or stops a node. NodeInstanceId is the node's current instance (GetNodeInfo's InstanceId).
struct StartNodeTransition
{
    static constexpr operation_info info{
        .name = "StartNodeTransition",
        .method = "POST",
        .path = "/Faults/Nodes/{nodeName}/$/StartTransition/",
        .api_version = "6.0",
        .success_status = 202,
    };
    using response_type = no_content;

    required<std::string> nodeName;
    required<boost::uuids::uuid> OperationId;
    required<::sfmodels::NodeTransitionType> NodeTransitionType;
    required<std::uint64_t> NodeInstanceId;
    required<stop_duration> StopDurationInSeconds;
    server_timeout timeout = std::chrono::seconds(60);
};
BOOST_DESCRIBE_STRUCT(StartNodeTransition, (),
                      (nodeName, OperationId, NodeTransitionType, NodeInstanceId, StopDurationInSeconds, timeout))

struct GetNodeTransitionProgress
{
    static constexpr operation_info info{
        .name = "GetNodeTransitionProgress",
        .method = "GET",
        .path = "/Faults/Nodes/{nodeName}/$/GetTransitionProgress",
        .api_version = "6.0",
        .success_status = 200,
    };
    using response_type = NodeTransitionProgress;

    required<std::string> nodeName;
    required<boost::uuids::uuid> OperationId;
    server_timeout timeout = std::chrono::seconds(60);
};
BOOST_DESCRIBE_STRUCT(GetNodeTransitionProgress, (), (nodeName, OperationId, timeout))

/// Lists the fault operations whose type and state pass both filters; both are always sent.
struct GetFaultOperationList
{
    static constexpr operation_info info{
        .name = "GetFaultOperationList",
        .method = "GET",
        .path = "/Faults/",
        .api_version = "6.0",
        .success_status = 200,
    };
    using response_type = OperationStatusList;

    operation_type_filter TypeFilter = operation_type_filter::All;
    operation_state_filter StateFilter = operation_state_filter::All;
    server_timeout timeout = std::chrono::seconds(60);
};
BOOST_DESCRIBE_STRUCT(GetFaultOperationList, (), (TypeFilter, StateFilter, timeout))

/// Stops a fault operation: gracefully (State Cancelled) or, with Force, at once (ForceCancelled).
struct CancelOperation
{
    static constexpr operation_info info{
        .name = "CancelOperation",
        .method = "POST",
        .path = "/Faults/$/Cancel",
        .api_version = "6.0",
        .success_status = 200,
    };
    using response_type = no_content;

    required<boost::uuids::uuid> OperationId;
    bool Force = false;
    server_timeout timeout = std::chrono::seconds(60);
};
BOOST_DESCRIBE_STRUCT(CancelOperation, (), (OperationId, Force, timeout))

} // namespace sfmodels::rest

#endif
