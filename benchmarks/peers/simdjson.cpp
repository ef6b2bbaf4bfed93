// simdjson On-Demand: a parser kept across documents over a padded copy of the
// payload, every member mapped into the model by hand as it streams past.

#include "peer_support.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <simdjson.h>

#include <cstdint>
#include <string_view>
#include <tuple>
#include <utility>

namespace sfmodels::bench {

namespace {

using simdjson::ondemand::array;
using simdjson::ondemand::json_type;
using simdjson::ondemand::object;
using simdjson::ondemand::value;

std::string_view text(value v) { return v.get_string(); }

std::int64_t integer(value v)
{
    if (v.type() == json_type::string)
        return peer::to_int64(text(v));
    return v.get_int64();
}

using peer::engage;

void read(object o, SelectedPartition& v)
{
    bool name = false, id = false;
    for (auto field : o) {
        std::string_view const key = field.unescaped_key();
        value m = field.value();
        if (m.is_null())
            continue;
        if (key == "ServiceName")
            name = true, engage(v.ServiceName) = text(m);
        else if (key == "PartitionId")
            id = true, engage(v.PartitionId) = peer::to_uuid(text(m));
    }
    if (!name)
        v.ServiceName.reset();
    if (!id)
        v.PartitionId.reset();
}

void read(object o, InvokeDataLossResult& v)
{
    bool code = false, partition = false;
    for (auto field : o) {
        std::string_view const key = field.unescaped_key();
        value m = field.value();
        if (m.is_null())
            continue;
        if (key == "ErrorCode")
            code = true, engage(v.ErrorCode) = static_cast<std::int32_t>(integer(m));
        else if (key == "SelectedPartition")
            partition = true, read(m.get_object(), engage(v.SelectedPartition));
    }
    if (!code)
        v.ErrorCode.reset();
    if (!partition)
        v.SelectedPartition.reset();
}

void read(object o, PartitionDataLossProgress& v)
{
    bool state = false, result = false;
    for (auto field : o) {
        std::string_view const key = field.unescaped_key();
        value m = field.value();
        if (m.is_null())
            continue;
        if (key == "State")
            state = true, peer::assign(v.State, text(m));
        else if (key == "InvokeDataLossResult")
            result = true, read(m.get_object(), engage(v.InvokeDataLossResult));
    }
    if (!state)
        v.State.reset();
    if (!result)
        v.InvokeDataLossResult.reset();
}

void read(object o, Epoch& v)
{
    bool configuration = false, data_loss = false;
    for (auto field : o) {
        std::string_view const key = field.unescaped_key();
        value m = field.value();
        if (m.is_null())
            continue;
        if (key == "ConfigurationVersion")
            configuration = true, engage(v.ConfigurationVersion) = integer(m);
        else if (key == "DataLossVersion")
            data_loss = true, engage(v.DataLossVersion) = integer(m);
    }
    if (!configuration)
        v.ConfigurationVersion.reset();
    if (!data_loss)
        v.DataLossVersion.reset();
}

void read(object o, FabricErrorError& v)
{
    bool message = false;
    for (auto field : o) {
        std::string_view const key = field.unescaped_key();
        value m = field.value();
        if (m.is_null())
            continue;
        if (key == "Code")
            v.Code.assign(text(m));
        else if (key == "Message")
            message = true, engage(v.Message) = text(m);
    }
    if (!message)
        v.Message.reset();
}

void read(object o, BackupProgressInfo& v)
{
    unsigned seen = 0;
    for (auto field : o) {
        std::string_view const key = field.unescaped_key();
        value m = field.value();
        if (m.is_null())
            continue;
        if (key == "BackupState")
            seen |= 1, peer::assign(v.BackupState, text(m));
        else if (key == "TimeStampUtc")
            seen |= 2, engage(v.TimeStampUtc) = peer::to_timestamp(text(m));
        else if (key == "BackupId")
            seen |= 4, engage(v.BackupId) = peer::to_uuid(text(m));
        else if (key == "BackupLocation")
            seen |= 8, engage(v.BackupLocation) = text(m);
        else if (key == "EpochOfLastBackupRecord")
            seen |= 16, read(m.get_object(), engage(v.EpochOfLastBackupRecord));
        else if (key == "LsnOfLastBackupRecord")
            seen |= 32, engage(v.LsnOfLastBackupRecord) = integer(m);
        else if (key == "FailureError")
            seen |= 64, read(m.get_object(), engage(v.FailureError));
    }
    if (!(seen & 1)) v.BackupState.reset();
    if (!(seen & 2)) v.TimeStampUtc.reset();
    if (!(seen & 4)) v.BackupId.reset();
    if (!(seen & 8)) v.BackupLocation.reset();
    if (!(seen & 16)) v.EpochOfLastBackupRecord.reset();
    if (!(seen & 32)) v.LsnOfLastBackupRecord.reset();
    if (!(seen & 64)) v.FailureError.reset();
}

void read(object o, OperationStatus& v)
{
    bool id = false, state = false, type = false;
    for (auto field : o) {
        std::string_view const key = field.unescaped_key();
        value m = field.value();
        if (m.is_null())
            continue;
        if (key == "OperationId")
            id = true, engage(v.OperationId) = peer::to_uuid(text(m));
        else if (key == "State")
            state = true, peer::assign(v.State, text(m));
        else if (key == "Type")
            type = true, peer::assign(v.Type, text(m));
    }
    if (!id)
        v.OperationId.reset();
    if (!state)
        v.State.reset();
    if (!type)
        v.Type.reset();
}

// The heavy responses. One pass over each object as it streams past: every
// struct lists its members' wire names by hand (those of the structs it
// derives from included) next to the members they fill, and read_object()
// reads each key's value into its member by the overload of read() for the
// member's type; what the object does not name is reset (or, if required,
// an error). The overloads are declared first: the types nest, some
// recursively.

void read(object o, NodeId& v);
void read(object o, NodeDeactivationTaskId& v);
void read(object o, NodeDeactivationTask& v);
void read(object o, SafetyCheckWrapper& v);
void read(object o, NodeDeactivationInfo& v);
void read(object o, NodeInfo& v);
void read(object o, PagedNodeInfoList& v);
void read(object o, HealthEvent& v);
void read(object o, HealthEvaluationWrapper& v);
void read(value m, one_of<HealthEvaluation>& v);
void read(object o, HealthStatistics& v);
void read(object o, EntityKindHealthStateCount& v);
void read(object o, HealthStateCount& v);
void read(object o, NodeHealthState& v);
void read(object o, ApplicationHealthState& v);
void read(object o, ClusterHealth& v);
void read(object o, AnalysisEventMetadata& v);
void read(value m, one_of<FabricEvent>& v);

void read(value m, std::string& v) { v = text(m); }
void read(value m, bool& v) { v = m.get_bool(); }
void read(value m, std::int64_t& v) { v = integer(m); }
void read(value m, double& v) { v = m.get_double(); }
void read(value m, timestamp& v) { v = peer::to_timestamp(text(m)); }
void read(value m, ticks& v) { v = peer::to_ticks(text(m)); }
void read(value m, boost::uuids::uuid& v) { v = peer::to_uuid(text(m)); }

template<class E>
void read(value m, open_enum<E>& v)
{
    v.assign(text(m));
}

template<class T>
    requires boost::describe::has_describe_members<T>::value
void read(value m, T& v)
{
    read(m.get_object(), v);
}

template<class T>
void read(array a, std::vector<T>& v)
{
    std::size_t n = 0;
    for (auto element : a) {
        read(element.value(), n < v.size() ? v[n] : v.emplace_back());
        ++n;
    }
    v.resize(n);
}

template<class T>
void read(value m, std::vector<T>& v)
{
    read(array(m.get_array()), v);
}

// Where a present member is read: the optional's value, or the required member itself.
template<class T>
T& target(std::optional<T>& v)
{
    return engage(v);
}

template<class T>
T& target(T& v)
{
    return v;
}

// A member the object did not name, or named as null.
template<class T>
void absent(std::optional<T>& v, std::string_view)
{
    v.reset();
}

template<class T>
void absent(T&, std::string_view name)
{
    throw std::runtime_error("no member " + std::string(name));
}

/** Reads object o's members named in `names` into the member of `members` at
    the same position, skipping any other; resets the optional members it did
    not name and fails on a required one. Clusters send members in the order
    of the names, so each key is compared with the one after the last found
    first.
*/
template<std::size_t N, class... M>
void read_object(object o, std::string_view const (&names)[N], std::tuple<M&...> members)
{
    static_assert(N == sizeof...(M) && N <= 64);
    std::uint64_t seen = 0;
    std::size_t next = 0;
    for (auto field : o) {
        std::string_view const key = field.unescaped_key();
        std::size_t i = next < N && names[next] == key ? next : 0;
        while (i < N && names[i] != key)
            ++i;
        if (i == N)
            continue;   // a member the model does not hold
        next = i + 1;
        value m = field.value();
        if (m.is_null())
            continue;
        seen |= std::uint64_t(1) << i;
        boost::mp11::mp_with_index<N>(i, [&](auto I) { read(m, target(std::get<I>(members))); });
    }
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        ((seen >> I & 1 ? void() : absent(std::get<I>(members), names[I])), ...);
    }(std::index_sequence_for<M...>{});
}

// GetNodeInfoList

void read(object o, NodeId& v)
{
    static constexpr std::string_view names[] = {"Id"};
    read_object(o, names, std::tie(v.Id));
}

void read(object o, NodeDeactivationTaskId& v)
{
    static constexpr std::string_view names[] = {"Id", "NodeDeactivationTaskType"};
    read_object(o, names, std::tie(v.Id, v.NodeDeactivationTaskType));
}

void read(object o, NodeDeactivationTask& v)
{
    static constexpr std::string_view names[] = {"NodeDeactivationTaskId", "NodeDeactivationIntent"};
    read_object(o, names, std::tie(v.NodeDeactivationTaskId, v.NodeDeactivationIntent));
}

void read(object, SafetyCheckWrapper&) { throw peer::unmapped("SafetyCheck"); }

void read(object o, NodeDeactivationInfo& v)
{
    static constexpr std::string_view names[] = {
            "NodeDeactivationIntent", "NodeDeactivationStatus", "NodeDeactivationTask", "PendingSafetyChecks"
    };
    read_object(o, names,
                std::tie(v.NodeDeactivationIntent, v.NodeDeactivationStatus, v.NodeDeactivationTask,
                         v.PendingSafetyChecks));
}

void read(object o, NodeInfo& v)
{
    static constexpr std::string_view names[] = {
            "Name", "IpAddressOrFQDN", "Type", "CodeVersion", "ConfigVersion", "NodeStatus", "NodeUpTimeInSeconds",
            "HealthState", "IsSeedNode", "UpgradeDomain", "FaultDomain", "Id", "InstanceId", "NodeDeactivationInfo",
            "IsStopped", "NodeDownTimeInSeconds", "NodeUpAt", "NodeDownAt", "NodeTags",
            "IsNodeByNodeUpgradeInProgress", "InfrastructurePlacementID"
    };
    read_object(o, names,
                std::tie(v.Name, v.IpAddressOrFQDN, v.Type, v.CodeVersion, v.ConfigVersion, v.NodeStatus,
                         v.NodeUpTimeInSeconds, v.HealthState, v.IsSeedNode, v.UpgradeDomain, v.FaultDomain, v.Id,
                         v.InstanceId, v.NodeDeactivationInfo, v.IsStopped, v.NodeDownTimeInSeconds, v.NodeUpAt,
                         v.NodeDownAt, v.NodeTags, v.IsNodeByNodeUpgradeInProgress, v.InfrastructurePlacementID));
}

void read(object o, PagedNodeInfoList& v)
{
    static constexpr std::string_view names[] = {"ContinuationToken", "Items"};
    read_object(o, names, std::tie(v.ContinuationToken, v.Items));
}

// GetClusterHealth

void read(object o, HealthEvent& v)
{
    static constexpr std::string_view names[] = {
            "SourceId", "Property", "HealthState", "TimeToLiveInMilliSeconds", "Description", "SequenceNumber",
            "RemoveWhenExpired", "HealthReportId", "IsExpired", "SourceUtcTimestamp", "LastModifiedUtcTimestamp",
            "LastOkTransitionAt", "LastWarningTransitionAt", "LastErrorTransitionAt"
    };
    read_object(o, names,
                std::tie(v.SourceId, v.Property, v.HealthState, v.TimeToLiveInMilliSeconds, v.Description,
                         v.SequenceNumber, v.RemoveWhenExpired, v.HealthReportId, v.IsExpired,
                         v.SourceUtcTimestamp, v.LastModifiedUtcTimestamp, v.LastOkTransitionAt,
                         v.LastWarningTransitionAt, v.LastErrorTransitionAt));
}

void read(object o, EventHealthEvaluation& v)
{
    static constexpr std::string_view names[] = {
            "Kind", "AggregatedHealthState", "Description", "ConsiderWarningAsError", "UnhealthyEvent"
    };
    read_object(o, names,
                std::tie(v.Kind, v.AggregatedHealthState, v.Description, v.ConsiderWarningAsError, v.UnhealthyEvent));
}

void read(object o, NodesHealthEvaluation& v)
{
    static constexpr std::string_view names[] = {
            "Kind", "AggregatedHealthState", "Description", "MaxPercentUnhealthyNodes", "TotalCount",
            "UnhealthyEvaluations"
    };
    read_object(o, names,
                std::tie(v.Kind, v.AggregatedHealthState, v.Description, v.MaxPercentUnhealthyNodes, v.TotalCount,
                         v.UnhealthyEvaluations));
}

void read(object o, NodeHealthEvaluation& v)
{
    static constexpr std::string_view names[] = {
            "Kind", "AggregatedHealthState", "Description", "NodeName", "UnhealthyEvaluations"
    };
    read_object(o, names,
                std::tie(v.Kind, v.AggregatedHealthState, v.Description, v.NodeName, v.UnhealthyEvaluations));
}

void read(object o, ApplicationsHealthEvaluation& v)
{
    static constexpr std::string_view names[] = {
            "Kind", "AggregatedHealthState", "Description", "MaxPercentUnhealthyApplications", "TotalCount",
            "UnhealthyEvaluations"
    };
    read_object(o, names,
                std::tie(v.Kind, v.AggregatedHealthState, v.Description, v.MaxPercentUnhealthyApplications,
                         v.TotalCount, v.UnhealthyEvaluations));
}

void read(object o, ApplicationHealthEvaluation& v)
{
    static constexpr std::string_view names[] = {
            "Kind", "AggregatedHealthState", "Description", "ApplicationName", "UnhealthyEvaluations"
    };
    read_object(o, names,
                std::tie(v.Kind, v.AggregatedHealthState, v.Description, v.ApplicationName, v.UnhealthyEvaluations));
}

void read(object o, HealthEvaluation& v)
{
    static constexpr std::string_view names[] = {"Kind", "AggregatedHealthState", "Description"};
    read_object(o, names, std::tie(v.Kind, v.AggregatedHealthState, v.Description));
}

// The discriminator first (clusters send it first, so it is found at once),
// then the object again from its start as that kind.
void read(value m, one_of<HealthEvaluation>& v)
{
    object o = m.get_object();
    std::string_view const kind = o.find_field_unordered("Kind").get_string();
    if (o.reset().error())
        throw std::runtime_error("cannot rewind an object");
    if (kind == "Event")
        read(o, peer::hold<EventHealthEvaluation>(v));
    else if (kind == "Nodes")
        read(o, peer::hold<NodesHealthEvaluation>(v));
    else if (kind == "Node")
        read(o, peer::hold<NodeHealthEvaluation>(v));
    else if (kind == "Applications")
        read(o, peer::hold<ApplicationsHealthEvaluation>(v));
    else if (kind == "Application")
        read(o, peer::hold<ApplicationHealthEvaluation>(v));
    else if (peer::lists<HealthEvaluationKind>(kind))
        throw peer::unmapped("HealthEvaluation kind " + std::string(kind));
    else
        read(o, peer::hold<HealthEvaluation>(v));
}

void read(object o, HealthEvaluationWrapper& v)
{
    static constexpr std::string_view names[] = {"HealthEvaluation"};
    read_object(o, names, std::tie(v.HealthEvaluation));
}

void read(object o, HealthStateCount& v)
{
    static constexpr std::string_view names[] = {"OkCount", "WarningCount", "ErrorCount"};
    read_object(o, names, std::tie(v.OkCount, v.WarningCount, v.ErrorCount));
}

void read(object o, EntityKindHealthStateCount& v)
{
    static constexpr std::string_view names[] = {"EntityKind", "HealthStateCount"};
    read_object(o, names, std::tie(v.EntityKind, v.HealthStateCount));
}

void read(object o, HealthStatistics& v)
{
    static constexpr std::string_view names[] = {"HealthStateCountList"};
    read_object(o, names, std::tie(v.HealthStateCountList));
}

void read(object o, NodeHealthState& v)
{
    static constexpr std::string_view names[] = {"AggregatedHealthState", "Name", "Id"};
    read_object(o, names, std::tie(v.AggregatedHealthState, v.Name, v.Id));
}

void read(object o, ApplicationHealthState& v)
{
    static constexpr std::string_view names[] = {"AggregatedHealthState", "Name"};
    read_object(o, names, std::tie(v.AggregatedHealthState, v.Name));
}

void read(object o, ClusterHealth& v)
{
    static constexpr std::string_view names[] = {
            "AggregatedHealthState", "HealthEvents", "UnhealthyEvaluations", "HealthStatistics", "NodeHealthStates",
            "ApplicationHealthStates"
    };
    read_object(o, names,
                std::tie(v.AggregatedHealthState, v.HealthEvents, v.UnhealthyEvaluations, v.HealthStatistics,
                         v.NodeHealthStates, v.ApplicationHealthStates));
}

// The event list: each kind's members after those of the kinds it derives from.

void read(object o, FabricEvent& v)
{
    static constexpr std::string_view names[] = {
            "Kind", "EventInstanceId", "Category", "TimeStamp", "HasCorrelatedEvents"
    };
    read_object(o, names, std::tie(v.Kind, v.EventInstanceId, v.Category, v.TimeStamp, v.HasCorrelatedEvents));
}

void read(object o, AnalysisEventMetadata& v)
{
    static constexpr std::string_view names[] = {"Delay", "Duration"};
    read_object(o, names, std::tie(v.Delay, v.Duration));
}

void read(object o, NodeDownEvent& v)
{
    static constexpr std::string_view names[] = {
            "Kind", "EventInstanceId", "Category", "TimeStamp", "HasCorrelatedEvents", "NodeName", "NodeInstance",
            "LastNodeUpAt"
    };
    read_object(o, names, std::tie(v.Kind, v.EventInstanceId, v.Category, v.TimeStamp, v.HasCorrelatedEvents, v.NodeName, v.NodeInstance, v.LastNodeUpAt));
}

void read(object o, NodeUpEvent& v)
{
    static constexpr std::string_view names[] = {
            "Kind", "EventInstanceId", "Category", "TimeStamp", "HasCorrelatedEvents", "NodeName", "NodeInstance",
            "LastNodeDownAt"
    };
    read_object(o, names, std::tie(v.Kind, v.EventInstanceId, v.Category, v.TimeStamp, v.HasCorrelatedEvents, v.NodeName, v.NodeInstance, v.LastNodeDownAt));
}

void read(object o, NodeNewHealthReportEvent& v)
{
    static constexpr std::string_view names[] = {
            "Kind", "EventInstanceId", "Category", "TimeStamp", "HasCorrelatedEvents", "NodeName", "NodeInstanceId",
            "SourceId", "Property", "HealthState", "TimeToLiveMs", "SequenceNumber", "Description",
            "RemoveWhenExpired", "SourceUtcTimestamp"
    };
    read_object(o, names,
                std::tie(v.Kind, v.EventInstanceId, v.Category, v.TimeStamp, v.HasCorrelatedEvents, v.NodeName, v.NodeInstanceId, v.SourceId, v.Property,
                         v.HealthState, v.TimeToLiveMs, v.SequenceNumber, v.Description, v.RemoveWhenExpired,
                         v.SourceUtcTimestamp));
}

void read(object o, PartitionReconfiguredEvent& v)
{
    static constexpr std::string_view names[] = {
            "Kind", "EventInstanceId", "Category", "TimeStamp", "HasCorrelatedEvents", "PartitionId", "NodeName",
            "NodeInstanceId", "ServiceType", "CcEpochDataLossVersion", "CcEpochConfigVersion", "ReconfigType",
            "Result", "Phase0DurationMs", "Phase1DurationMs", "Phase2DurationMs", "Phase3DurationMs",
            "Phase4DurationMs", "TotalDurationMs"
    };
    read_object(o, names,
                std::tie(v.Kind, v.EventInstanceId, v.Category, v.TimeStamp, v.HasCorrelatedEvents, v.PartitionId, v.NodeName, v.NodeInstanceId, v.ServiceType,
                         v.CcEpochDataLossVersion, v.CcEpochConfigVersion, v.ReconfigType, v.Result,
                         v.Phase0DurationMs, v.Phase1DurationMs, v.Phase2DurationMs, v.Phase3DurationMs,
                         v.Phase4DurationMs, v.TotalDurationMs));
}

void read(object o, PartitionPrimaryMoveAnalysisEvent& v)
{
    static constexpr std::string_view names[] = {
            "Kind", "EventInstanceId", "Category", "TimeStamp", "HasCorrelatedEvents", "PartitionId", "Metadata",
            "WhenMoveCompleted", "PreviousNode", "CurrentNode", "MoveReason", "RelevantTraces"
    };
    read_object(o, names,
                std::tie(v.Kind, v.EventInstanceId, v.Category, v.TimeStamp, v.HasCorrelatedEvents, v.PartitionId, v.Metadata, v.WhenMoveCompleted,
                         v.PreviousNode, v.CurrentNode, v.MoveReason, v.RelevantTraces));
}

void read(object o, ApplicationProcessExitedEvent& v)
{
    static constexpr std::string_view names[] = {
            "Kind", "EventInstanceId", "Category", "TimeStamp", "HasCorrelatedEvents", "ApplicationId",
            "ServiceName", "ServicePackageName", "ServicePackageActivationId", "IsExclusive", "CodePackageName",
            "EntryPointType", "ExeName", "ProcessId", "HostId", "ExitCode", "UnexpectedTermination", "StartTime"
    };
    read_object(o, names,
                std::tie(v.Kind, v.EventInstanceId, v.Category, v.TimeStamp, v.HasCorrelatedEvents, v.ApplicationId, v.ServiceName, v.ServicePackageName,
                         v.ServicePackageActivationId, v.IsExclusive, v.CodePackageName, v.EntryPointType, v.ExeName,
                         v.ProcessId, v.HostId, v.ExitCode, v.UnexpectedTermination, v.StartTime));
}

// The kinds the payload holds; a kind FabricEventKind does not list stays a
// FabricEvent, as in sfmodels.
void read(value m, one_of<FabricEvent>& v)
{
    object o = m.get_object();
    std::string_view const kind = o.find_field_unordered("Kind").get_string();
    if (o.reset().error())
        throw std::runtime_error("cannot rewind an object");
    if (kind == "PartitionReconfigured")
        read(o, peer::hold<PartitionReconfiguredEvent>(v));
    else if (kind == "NodeNewHealthReport")
        read(o, peer::hold<NodeNewHealthReportEvent>(v));
    else if (kind == "ApplicationProcessExited")
        read(o, peer::hold<ApplicationProcessExitedEvent>(v));
    else if (kind == "NodeDown")
        read(o, peer::hold<NodeDownEvent>(v));
    else if (kind == "NodeUp")
        read(o, peer::hold<NodeUpEvent>(v));
    else if (kind == "PartitionPrimaryMoveAnalysis")
        read(o, peer::hold<PartitionPrimaryMoveAnalysisEvent>(v));
    else if (peer::lists<FabricEventKind>(kind))
        throw peer::unmapped("FabricEvent kind " + std::string(kind));
    else
        read(o, peer::hold<FabricEvent>(v));
}

struct reused_parser
{
    simdjson::ondemand::parser parser;

    template<class T>
    void decode(simdjson::padded_string const& json, T& out)
    {
        simdjson::ondemand::document doc = parser.iterate(json);
        if constexpr (std::is_same_v<T, OperationStatusList>) {
            std::size_t n = 0;
            for (auto element : doc.get_array()) {
                read(element.get_object(), n < out.size() ? out[n] : out.emplace_back());
                ++n;
            }
            out.resize(n);
        } else if constexpr (std::is_same_v<T, EventList>)
            read(array(doc.get_array()), out);
        else
            read(doc.get_object(), out);
    }
};

template<class T>
void add(payload const& p, std::shared_ptr<reused_parser> const& state)
{
    auto padded = std::make_shared<simdjson::padded_string>(p.json);
    peer::add_decode_case<T>(p, "simdjson On-Demand",
                             [state, padded](std::string const&, T& out) { state->decode(*padded, out); });
}

} // namespace

void add_simdjson_cases()
{
    auto state = std::make_shared<reused_parser>();
    add<PartitionDataLossProgress>(data_loss_completed(), state);
    add<BackupProgressInfo>(backup_success(), state);
    add<OperationStatusList>(operation_list(), state);
    add<PagedNodeInfoList>(node_list(), state);
    add<ClusterHealth>(cluster_health(), state);
    add<EventList>(event_list(), state);
}

} // namespace sfmodels::bench
