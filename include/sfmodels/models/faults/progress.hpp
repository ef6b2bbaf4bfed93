#ifndef SFMODELS_MODELS_FAULTS_PROGRESS_HPP
#define SFMODELS_MODELS_FAULTS_PROGRESS_HPP

#include <sfmodels/models/faults/operation_status.hpp>
#include <sfmodels/models/faults/results.hpp>

#include <boost/describe/class.hpp>

#include <optional>

namespace sfmodels {

// The bodies of the Get*Progress fault operations. The result is present only
// once State is terminal; a running operation sends {"State":"Running"}.

struct PartitionDataLossProgress
{
    std::optional<open_enum<OperationState>> State;
    std::optional<::sfmodels::InvokeDataLossResult> InvokeDataLossResult;

    bool operator==(PartitionDataLossProgress const&) const = default;
};
BOOST_DESCRIBE_STRUCT(PartitionDataLossProgress, (), (State, InvokeDataLossResult))

struct PartitionQuorumLossProgress
{
    std::optional<open_enum<OperationState>> State;
    std::optional<::sfmodels::InvokeQuorumLossResult> InvokeQuorumLossResult;

    bool operator==(PartitionQuorumLossProgress const&) const = default;
};
BOOST_DESCRIBE_STRUCT(PartitionQuorumLossProgress, (), (State, InvokeQuorumLossResult))

struct PartitionRestartProgress
{
    std::optional<open_enum<OperationState>> State;
    std::optional<::sfmodels::RestartPartitionResult> RestartPartitionResult;

    bool operator==(PartitionRestartProgress const&) const = default;
};
BOOST_DESCRIBE_STRUCT(PartitionRestartProgress, (), (State, RestartPartitionResult))

struct NodeTransitionProgress
{
    std::optional<open_enum<OperationState>> State;
    std::optional<::sfmodels::NodeTransitionResult> NodeTransitionResult;

    bool operator==(NodeTransitionProgress const&) const = default;
};
BOOST_DESCRIBE_STRUCT(NodeTransitionProgress, (), (State, NodeTransitionResult))

} // namespace sfmodels

#endif
