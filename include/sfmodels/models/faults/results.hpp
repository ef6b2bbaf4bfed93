#ifndef SFMODELS_MODELS_FAULTS_RESULTS_HPP
#define SFMODELS_MODELS_FAULTS_RESULTS_HPP

#include <sfmodels/quoted.hpp>

#include <boost/describe/class.hpp>
#include <boost/uuid/uuid.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace sfmodels {

/// The partition a fault operation acted on.
struct SelectedPartition
{
    std::optional<std::string> ServiceName;   ///< with its scheme, e.g. "fabric:/app/svc"
    std::optional<boost::uuids::uuid> PartitionId;

    bool operator==(SelectedPartition const&) const = default;
};
BOOST_DESCRIBE_STRUCT(SelectedPartition, (), (ServiceName, PartitionId))

/// The node a node transition acted on.
struct NodeResult
{
    std::optional<std::string> NodeName;
    std::optional<quoted<std::uint64_t>> NodeInstanceId;   ///< unsigned, a string on the wire

    bool operator==(NodeResult const&) const = default;
};
BOOST_DESCRIBE_STRUCT(NodeResult, (), (NodeName, NodeInstanceId))

// The outcome of a fault operation in a terminal state. ErrorCode is 0 when it
// completed and an HRESULT-style code when it faulted.

struct InvokeDataLossResult
{
    std::optional<std::int32_t> ErrorCode;
    std::optional<::sfmodels::SelectedPartition> SelectedPartition;

    bool operator==(InvokeDataLossResult const&) const = default;
};
BOOST_DESCRIBE_STRUCT(InvokeDataLossResult, (), (ErrorCode, SelectedPartition))

struct InvokeQuorumLossResult
{
    std::optional<std::int32_t> ErrorCode;
    std::optional<::sfmodels::SelectedPartition> SelectedPartition;

    bool operator==(InvokeQuorumLossResult const&) const = default;
};
BOOST_DESCRIBE_STRUCT(InvokeQuorumLossResult, (), (ErrorCode, SelectedPartition))

struct RestartPartitionResult
{
    std::optional<std::int32_t> ErrorCode;
    std::optional<::sfmodels::SelectedPartition> SelectedPartition;

    bool operator==(RestartPartitionResult const&) const = default;
};
BOOST_DESCRIBE_STRUCT(RestartPartitionResult, (), (ErrorCode, SelectedPartition))

struct NodeTransitionResult
{
    std::optional<std::int32_t> ErrorCode;
    std::optional<::sfmodels::NodeResult> NodeResult;

    bool operator==(NodeTransitionResult const&) const = default;
};
BOOST_DESCRIBE_STRUCT(NodeTransitionResult, (), (ErrorCode, NodeResult))

} // namespace sfmodels

#endif
