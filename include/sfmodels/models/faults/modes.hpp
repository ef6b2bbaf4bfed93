#ifndef SFMODELS_MODELS_FAULTS_MODES_HPP
#define SFMODELS_MODELS_FAULTS_MODES_HPP

#include <boost/describe/enum.hpp>

#include <cstdint>

namespace sfmodels {

// The modes the Start* fault operations take as query parameters.

/// PartialDataLoss removes a quorum of replicas; FullDataLoss removes them all.
enum class DataLossMode : std::uint8_t
{
    Invalid,
    PartialDataLoss,
    FullDataLoss,
};
BOOST_DESCRIBE_ENUM(DataLossMode, Invalid, PartialDataLoss, FullDataLoss)

/// QuorumReplicas takes down just enough replicas to lose quorum; AllReplicas takes down all.
enum class QuorumLossMode : std::uint8_t
{
    Invalid,
    QuorumReplicas,
    AllReplicas,
};
BOOST_DESCRIBE_ENUM(QuorumLossMode, Invalid, QuorumReplicas, AllReplicas)

/// Restart every replica or instance, or only the active secondaries.
enum class RestartPartitionMode : std::uint8_t
{
    Invalid,
    AllReplicasOrInstances,
    OnlyActiveSecondaries,
};
BOOST_DESCRIBE_ENUM(RestartPartitionMode, Invalid, AllReplicasOrInstances, OnlyActiveSecondaries)

/// Whether StartNodeTransition starts or stops a node.
enum class NodeTransitionType : std::uint8_t
{
    Invalid,
    Start,
    Stop,
};
BOOST_DESCRIBE_ENUM(NodeTransitionType, Invalid, Start, Stop)

} // namespace sfmodels

#endif
