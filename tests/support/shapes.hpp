#ifndef SFMODELS_TESTS_SUPPORT_SHAPES_HPP
#define SFMODELS_TESTS_SUPPORT_SHAPES_HPP

// A test-only model family that has every shape the Service Fabric
// specification has, in the spec's own spellings where it has them:
// inheritance (allOf), discriminated families three deep with the
// discriminator declared in the base, open and closed families, families
// inside kinds and arrays of families, a recursive type, and every scalar
// kind (int32, int64, uint32, uint64, double, a double in a string, 64-bit
// integers in strings, bool, uuid, date-time, duration, string-keyed maps,
// free-form JSON). The unit tests, the allocation test and fuzz_shapes use it.

#include <sfmodels/codec.hpp>
#include <sfmodels/open_enum.hpp>
#include <sfmodels/quoted.hpp>
#include <sfmodels/timestamp.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/mp11/list.hpp>
#include <boost/uuid/uuid.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace shapes {

using sfmodels::kind;
using sfmodels::one_of;
using sfmodels::open_enum;
using sfmodels::quoted;

// ---- FabricEvent -> NodeEvent -> NodeDownEvent: an open family three deep

enum class FabricEventKind { Invalid, NodeEvent, NodeDown, NodeUp, ClusterEvent, ClusterUpgradeStarted };
BOOST_DESCRIBE_ENUM(FabricEventKind, Invalid, NodeEvent, NodeDown, NodeUp, ClusterEvent, ClusterUpgradeStarted)

struct FabricEvent
{
    open_enum<FabricEventKind> Kind;
    boost::uuids::uuid EventInstanceId{};
    std::optional<std::string> Category;
    sfmodels::timestamp TimeStamp{};
    std::optional<bool> HasCorrelatedEvents;

    bool operator==(FabricEvent const&) const = default;
};
BOOST_DESCRIBE_STRUCT(FabricEvent, (), (Kind, EventInstanceId, Category, TimeStamp, HasCorrelatedEvents))

struct NodeEvent : FabricEvent
{
    std::string NodeName;

    bool operator==(NodeEvent const&) const = default;
};
BOOST_DESCRIBE_STRUCT(NodeEvent, (FabricEvent), (NodeName))

struct NodeDownEvent : NodeEvent
{
    std::int64_t NodeInstance = 0;
    sfmodels::timestamp LastNodeUpAt{};

    bool operator==(NodeDownEvent const&) const = default;
};
BOOST_DESCRIBE_STRUCT(NodeDownEvent, (NodeEvent), (NodeInstance, LastNodeUpAt))

struct NodeUpEvent : NodeEvent
{
    quoted<std::uint64_t> NodeInstanceId;   // unsigned, a string on the wire
    std::optional<sfmodels::ticks> Downtime;
    std::optional<std::uint32_t> Attempts;

    bool operator==(NodeUpEvent const&) const = default;
};
BOOST_DESCRIBE_STRUCT(NodeUpEvent, (NodeEvent), (NodeInstanceId, Downtime, Attempts))

struct ClusterEvent : FabricEvent
{
    bool operator==(ClusterEvent const&) const = default;
};
BOOST_DESCRIBE_STRUCT(ClusterEvent, (FabricEvent), ())

struct ClusterUpgradeStartedEvent : ClusterEvent
{
    std::optional<double> OverallUpgradeElapsedTimeInMs;
    std::optional<quoted<double>> FailureRatio;   // "string" with format "double"
    std::optional<std::map<std::string, std::int64_t, std::less<>>> Counters;
    std::optional<sfmodels::json_text> Details;   // free-form
    std::optional<std::int32_t> UpgradeDomains;

    bool operator==(ClusterUpgradeStartedEvent const&) const = default;
};
BOOST_DESCRIBE_STRUCT(ClusterUpgradeStartedEvent, (ClusterEvent),
                      (OverallUpgradeElapsedTimeInMs, FailureRatio, Counters, Details, UpgradeDomains))

} // namespace shapes

template<>
struct sfmodels::family<shapes::FabricEvent>
{
    static constexpr std::string_view discriminator = "Kind";
    using kinds = boost::mp11::mp_list<kind<shapes::NodeEvent, "NodeEvent">, kind<shapes::NodeDownEvent, "NodeDown">,
                                       kind<shapes::NodeUpEvent, "NodeUp">, kind<shapes::ClusterEvent, "ClusterEvent">,
                                       kind<shapes::ClusterUpgradeStartedEvent, "ClusterUpgradeStarted">>;
};

template<>
struct sfmodels::family<shapes::NodeEvent>
{
    static constexpr std::string_view discriminator = "Kind";
    using kinds = boost::mp11::mp_list<kind<shapes::NodeEvent, "NodeEvent">, kind<shapes::NodeDownEvent, "NodeDown">,
                                       kind<shapes::NodeUpEvent, "NodeUp">>;
};

namespace shapes {

using FabricEventList = std::vector<one_of<FabricEvent>>;
using NodeEventList = std::vector<one_of<NodeEvent>>;

// ---- families inside the kinds of a family, and Min/Max member names

enum class ScalingMechanismKind { Invalid, PartitionInstanceCount, AddRemoveIncrementalNamedPartition };
BOOST_DESCRIBE_ENUM(ScalingMechanismKind, Invalid, PartitionInstanceCount, AddRemoveIncrementalNamedPartition)

struct ScalingMechanismDescription
{
    open_enum<ScalingMechanismKind> Kind;

    bool operator==(ScalingMechanismDescription const&) const = default;
};
BOOST_DESCRIBE_STRUCT(ScalingMechanismDescription, (), (Kind))

struct PartitionInstanceCountScaleMechanism : ScalingMechanismDescription
{
    std::int32_t MinInstanceCount = 0;
    std::int32_t MaxInstanceCount = 0;
    std::int32_t ScaleIncrement = 0;

    bool operator==(PartitionInstanceCountScaleMechanism const&) const = default;
};
BOOST_DESCRIBE_STRUCT(PartitionInstanceCountScaleMechanism, (ScalingMechanismDescription),
                      (MinInstanceCount, MaxInstanceCount, ScaleIncrement))

struct AddRemoveIncrementalNamedPartitionScalingMechanism : ScalingMechanismDescription
{
    std::int32_t MinPartitionCount = 0;
    std::int32_t MaxPartitionCount = 0;
    std::int32_t ScaleIncrement = 0;

    bool operator==(AddRemoveIncrementalNamedPartitionScalingMechanism const&) const = default;
};
BOOST_DESCRIBE_STRUCT(AddRemoveIncrementalNamedPartitionScalingMechanism, (ScalingMechanismDescription),
                      (MinPartitionCount, MaxPartitionCount, ScaleIncrement))

} // namespace shapes

template<>
struct sfmodels::family<shapes::ScalingMechanismDescription>
{
    static constexpr std::string_view discriminator = "Kind";
    using kinds = boost::mp11::mp_list<kind<shapes::PartitionInstanceCountScaleMechanism, "PartitionInstanceCount">,
                                       kind<shapes::AddRemoveIncrementalNamedPartitionScalingMechanism,
                                            "AddRemoveIncrementalNamedPartition">>;
};

namespace shapes {

struct ScalingPolicyDescription
{
    one_of<ScalingMechanismDescription> ScalingMechanism;
    std::optional<sfmodels::ticks> ScaleInterval;

    bool operator==(ScalingPolicyDescription const&) const = default;
};
BOOST_DESCRIBE_STRUCT(ScalingPolicyDescription, (), (ScalingMechanism, ScaleInterval))

// A closed family (no base struct): an unlisted kind is an error.
struct SingletonPartitionSchemeDescription
{
    bool operator==(SingletonPartitionSchemeDescription const&) const = default;
};
BOOST_DESCRIBE_STRUCT(SingletonPartitionSchemeDescription, (), ())

struct UniformInt64RangePartitionSchemeDescription
{
    std::int32_t Count = 0;
    quoted<std::int64_t> LowKey;
    quoted<std::int64_t> HighKey;

    bool operator==(UniformInt64RangePartitionSchemeDescription const&) const = default;
};
BOOST_DESCRIBE_STRUCT(UniformInt64RangePartitionSchemeDescription, (), (Count, LowKey, HighKey))

struct partition_schemes;

} // namespace shapes

template<>
struct sfmodels::family<shapes::partition_schemes>
{
    static constexpr std::string_view discriminator = "PartitionScheme";
    using kinds = boost::mp11::mp_list<kind<shapes::SingletonPartitionSchemeDescription, "Singleton">,
                                       kind<shapes::UniformInt64RangePartitionSchemeDescription, "UniformInt64Range">>;
};

namespace shapes {

enum class ServiceKind { Invalid, Stateless, Stateful };
BOOST_DESCRIBE_ENUM(ServiceKind, Invalid, Stateless, Stateful)

struct ServiceDescription
{
    open_enum<shapes::ServiceKind> ServiceKind;
    std::string ServiceName;
    one_of<partition_schemes> PartitionDescription;
    std::optional<std::vector<ScalingPolicyDescription>> ScalingPolicies;

    bool operator==(ServiceDescription const&) const = default;
};
BOOST_DESCRIBE_STRUCT(ServiceDescription, (), (ServiceKind, ServiceName, PartitionDescription, ScalingPolicies))

struct StatefulServiceDescription : ServiceDescription
{
    std::int32_t TargetReplicaSetSize = 0;
    std::optional<bool> HasPersistedState;
    std::optional<quoted<std::int64_t>> ReplicaRestartWaitDurationSeconds;

    bool operator==(StatefulServiceDescription const&) const = default;
};
BOOST_DESCRIBE_STRUCT(StatefulServiceDescription, (ServiceDescription),
                      (TargetReplicaSetSize, HasPersistedState, ReplicaRestartWaitDurationSeconds))

struct StatelessServiceDescription : ServiceDescription
{
    std::int32_t InstanceCount = 0;

    bool operator==(StatelessServiceDescription const&) const = default;
};
BOOST_DESCRIBE_STRUCT(StatelessServiceDescription, (ServiceDescription), (InstanceCount))

} // namespace shapes

template<>
struct sfmodels::family<shapes::ServiceDescription>
{
    static constexpr std::string_view discriminator = "ServiceKind";
    using kinds = boost::mp11::mp_list<kind<shapes::StatefulServiceDescription, "Stateful">,
                                       kind<shapes::StatelessServiceDescription, "Stateless">>;
};

namespace shapes {

// ---- a recursive type: HealthEvaluation -> UnhealthyEvaluations -> HealthEvaluationWrapper -> HealthEvaluation

enum class HealthState { Invalid, Ok, Warning, Error, Unknown };
BOOST_DESCRIBE_ENUM(HealthState, Invalid, Ok, Warning, Error, Unknown)

struct HealthEvaluationWrapper;

struct HealthEvaluation
{
    std::string Kind;   // a plain string discriminator
    std::optional<open_enum<HealthState>> AggregatedHealthState;
    std::optional<std::string> Description;

    bool operator==(HealthEvaluation const&) const = default;
};
BOOST_DESCRIBE_STRUCT(HealthEvaluation, (), (Kind, AggregatedHealthState, Description))

struct NodesHealthEvaluation : HealthEvaluation
{
    std::optional<std::uint32_t> MaxPercentUnhealthyNodes;
    std::optional<std::uint64_t> TotalCount;
    std::optional<std::vector<HealthEvaluationWrapper>> UnhealthyEvaluations;

    bool operator==(NodesHealthEvaluation const&) const;
};
BOOST_DESCRIBE_STRUCT(NodesHealthEvaluation, (HealthEvaluation),
                      (MaxPercentUnhealthyNodes, TotalCount, UnhealthyEvaluations))

struct EventHealthEvaluation : HealthEvaluation
{
    std::optional<bool> ConsiderWarningAsError;

    bool operator==(EventHealthEvaluation const&) const = default;
};
BOOST_DESCRIBE_STRUCT(EventHealthEvaluation, (HealthEvaluation), (ConsiderWarningAsError))

} // namespace shapes

template<>
struct sfmodels::family<shapes::HealthEvaluation>
{
    static constexpr std::string_view discriminator = "Kind";
    using kinds = boost::mp11::mp_list<kind<shapes::NodesHealthEvaluation, "Nodes">,
                                       kind<shapes::EventHealthEvaluation, "Event">>;
};

namespace shapes {

struct HealthEvaluationWrapper
{
    std::optional<one_of<shapes::HealthEvaluation>> HealthEvaluation;

    bool operator==(HealthEvaluationWrapper const&) const = default;
};
BOOST_DESCRIBE_STRUCT(HealthEvaluationWrapper, (), (HealthEvaluation))

inline bool NodesHealthEvaluation::operator==(NodesHealthEvaluation const&) const = default;

using UnhealthyEvaluations = std::vector<HealthEvaluationWrapper>;

} // namespace shapes

#endif
