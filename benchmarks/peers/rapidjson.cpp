// RapidJSON: parse to a rapidjson::Document with the default flags (which do
// not check UTF-8), then copy each member into the model by hand.

#include "peer_support.hpp"

#include <rapidjson/document.h>

namespace sfmodels::bench {

namespace {

using json = rapidjson::Value;

// The member's value, or nullptr when it is absent or null.
json const* member(json const& object, char const* name)
{
    auto const it = object.FindMember(name);
    return it == object.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
}

std::string_view text(json const& j) { return {j.GetString(), j.GetStringLength()}; }

std::int64_t integer(json const& j) { return j.IsString() ? peer::to_int64(text(j)) : j.GetInt64(); }

template<class T, class Read>
void optional_member(json const& object, char const* name, std::optional<T>& v, Read read)
{
    if (json const* m = member(object, name))
        read(*m, v ? *v : v.emplace());
    else
        v.reset();
}

void read(json const& j, SelectedPartition& v)
{
    optional_member(j, "ServiceName", v.ServiceName, [](json const& m, std::string& s) { s = text(m); });
    optional_member(j, "PartitionId", v.PartitionId,
                    [](json const& m, boost::uuids::uuid& u) { u = peer::to_uuid(text(m)); });
}

void read(json const& j, InvokeDataLossResult& v)
{
    optional_member(j, "ErrorCode", v.ErrorCode,
                    [](json const& m, std::int32_t& i) { i = static_cast<std::int32_t>(integer(m)); });
    optional_member(j, "SelectedPartition", v.SelectedPartition,
                    [](json const& m, SelectedPartition& s) { read(m, s); });
}

void read(json const& j, PartitionDataLossProgress& v)
{
    if (json const* m = member(j, "State"))
        peer::assign(v.State, text(*m));
    else
        v.State.reset();
    optional_member(j, "InvokeDataLossResult", v.InvokeDataLossResult,
                    [](json const& m, InvokeDataLossResult& r) { read(m, r); });
}

void read(json const& j, Epoch& v)
{
    optional_member(j, "ConfigurationVersion", v.ConfigurationVersion,
                    [](json const& m, auto& i) { i = integer(m); });
    optional_member(j, "DataLossVersion", v.DataLossVersion, [](json const& m, auto& i) { i = integer(m); });
}

void read(json const& j, FabricErrorError& v)
{
    v.Code.assign(text(j["Code"]));
    optional_member(j, "Message", v.Message, [](json const& m, std::string& s) { s = text(m); });
}

void read(json const& j, BackupProgressInfo& v)
{
    if (json const* m = member(j, "BackupState"))
        peer::assign(v.BackupState, text(*m));
    else
        v.BackupState.reset();
    optional_member(j, "TimeStampUtc", v.TimeStampUtc,
                    [](json const& m, timestamp& t) { t = peer::to_timestamp(text(m)); });
    optional_member(j, "BackupId", v.BackupId, [](json const& m, boost::uuids::uuid& u) { u = peer::to_uuid(text(m)); });
    optional_member(j, "BackupLocation", v.BackupLocation, [](json const& m, std::string& s) { s = text(m); });
    optional_member(j, "EpochOfLastBackupRecord", v.EpochOfLastBackupRecord,
                    [](json const& m, Epoch& e) { read(m, e); });
    optional_member(j, "LsnOfLastBackupRecord", v.LsnOfLastBackupRecord,
                    [](json const& m, auto& i) { i = integer(m); });
    optional_member(j, "FailureError", v.FailureError, [](json const& m, FabricErrorError& e) { read(m, e); });
}

void read(json const& j, OperationStatus& v)
{
    optional_member(j, "OperationId", v.OperationId,
                    [](json const& m, boost::uuids::uuid& u) { u = peer::to_uuid(text(m)); });
    if (json const* m = member(j, "State"))
        peer::assign(v.State, text(*m));
    else
        v.State.reset();
    if (json const* m = member(j, "Type"))
        peer::assign(v.Type, text(*m));
    else
        v.Type.reset();
}

void read(json const& j, OperationStatusList& v)
{
    v.resize(j.Size());
    for (std::size_t i = 0; i < v.size(); ++i)
        read(j[static_cast<rapidjson::SizeType>(i)], v[i]);
}

// The heavy responses. Every struct's members are named by hand, as before;
// each is read by the overload of read() for its type, declared here first
// so that the templates below see them all (the types nest, some recursively).

void read(json const& j, NodeId& v);
void read(json const& j, NodeDeactivationTaskId& v);
void read(json const& j, NodeDeactivationTask& v);
void read(json const& j, SafetyCheckWrapper& v);
void read(json const& j, NodeDeactivationInfo& v);
void read(json const& j, NodeInfo& v);
void read(json const& j, HealthEvent& v);
void read(json const& j, HealthEvaluationWrapper& v);
void read(json const& j, one_of<HealthEvaluation>& v);
void read(json const& j, HealthStatistics& v);
void read(json const& j, EntityKindHealthStateCount& v);
void read(json const& j, HealthStateCount& v);
void read(json const& j, NodeHealthState& v);
void read(json const& j, ApplicationHealthState& v);
void read(json const& j, AnalysisEventMetadata& v);
void read(json const& j, one_of<FabricEvent>& v);

void read(json const& j, std::string& v) { v = text(j); }
void read(json const& j, bool& v) { v = j.GetBool(); }
void read(json const& j, std::int64_t& v) { v = integer(j); }
void read(json const& j, double& v) { v = j.GetDouble(); }
void read(json const& j, timestamp& v) { v = peer::to_timestamp(text(j)); }
void read(json const& j, ticks& v) { v = peer::to_ticks(text(j)); }
void read(json const& j, boost::uuids::uuid& v) { v = peer::to_uuid(text(j)); }

template<class E>
void read(json const& j, open_enum<E>& v)
{
    v.assign(text(j));
}

template<class T>
void read(json const& j, std::vector<T>& v)
{
    v.resize(j.Size());
    for (std::size_t i = 0; i < v.size(); ++i)
        read(j[static_cast<rapidjson::SizeType>(i)], v[i]);
}

// Member `name` of object j into v; v is reset when j has no such member, or null.
template<class T>
void read_member(json const& j, char const* name, std::optional<T>& v)
{
    if (json const* m = member(j, name))
        read(*m, peer::engage(v));
    else
        v.reset();
}

// A member the model requires.
json const& required(json const& j, char const* name)
{
    auto const it = j.FindMember(name);
    if (it == j.MemberEnd())
        throw std::runtime_error(std::string("no member ") + name);
    return it->value;
}

template<class T>
void read_required(json const& j, char const* name, T& v)
{
    read(required(j, name), v);
}

// GetNodeInfoList

void read(json const& j, NodeId& v) { read_member(j, "Id", v.Id); }

void read(json const& j, NodeDeactivationTaskId& v)
{
    read_member(j, "Id", v.Id);
    read_member(j, "NodeDeactivationTaskType", v.NodeDeactivationTaskType);
}

void read(json const& j, NodeDeactivationTask& v)
{
    read_member(j, "NodeDeactivationTaskId", v.NodeDeactivationTaskId);
    read_member(j, "NodeDeactivationIntent", v.NodeDeactivationIntent);
}

void read(json const&, SafetyCheckWrapper&) { throw peer::unmapped("SafetyCheck"); }

void read(json const& j, NodeDeactivationInfo& v)
{
    read_member(j, "NodeDeactivationIntent", v.NodeDeactivationIntent);
    read_member(j, "NodeDeactivationStatus", v.NodeDeactivationStatus);
    read_member(j, "NodeDeactivationTask", v.NodeDeactivationTask);
    read_member(j, "PendingSafetyChecks", v.PendingSafetyChecks);
}

void read(json const& j, NodeInfo& v)
{
    read_member(j, "Name", v.Name);
    read_member(j, "IpAddressOrFQDN", v.IpAddressOrFQDN);
    read_member(j, "Type", v.Type);
    read_member(j, "CodeVersion", v.CodeVersion);
    read_member(j, "ConfigVersion", v.ConfigVersion);
    read_member(j, "NodeStatus", v.NodeStatus);
    read_member(j, "NodeUpTimeInSeconds", v.NodeUpTimeInSeconds);
    read_member(j, "HealthState", v.HealthState);
    read_member(j, "IsSeedNode", v.IsSeedNode);
    read_member(j, "UpgradeDomain", v.UpgradeDomain);
    read_member(j, "FaultDomain", v.FaultDomain);
    read_member(j, "Id", v.Id);
    read_member(j, "InstanceId", v.InstanceId);
    read_member(j, "NodeDeactivationInfo", v.NodeDeactivationInfo);
    read_member(j, "IsStopped", v.IsStopped);
    read_member(j, "NodeDownTimeInSeconds", v.NodeDownTimeInSeconds);
    read_member(j, "NodeUpAt", v.NodeUpAt);
    read_member(j, "NodeDownAt", v.NodeDownAt);
    read_member(j, "NodeTags", v.NodeTags);
    read_member(j, "IsNodeByNodeUpgradeInProgress", v.IsNodeByNodeUpgradeInProgress);
    read_member(j, "InfrastructurePlacementID", v.InfrastructurePlacementID);
}

void read(json const& j, PagedNodeInfoList& v)
{
    read_member(j, "ContinuationToken", v.ContinuationToken);
    read_member(j, "Items", v.Items);
}

// GetClusterHealth

void read(json const& j, HealthInformation& v)
{
    read_required(j, "SourceId", v.SourceId);
    read_required(j, "Property", v.Property);
    read_required(j, "HealthState", v.HealthState);
    read_member(j, "TimeToLiveInMilliSeconds", v.TimeToLiveInMilliSeconds);
    read_member(j, "Description", v.Description);
    read_member(j, "SequenceNumber", v.SequenceNumber);
    read_member(j, "RemoveWhenExpired", v.RemoveWhenExpired);
    read_member(j, "HealthReportId", v.HealthReportId);
}

void read(json const& j, HealthEvent& v)
{
    read(j, static_cast<HealthInformation&>(v));
    read_member(j, "IsExpired", v.IsExpired);
    read_member(j, "SourceUtcTimestamp", v.SourceUtcTimestamp);
    read_member(j, "LastModifiedUtcTimestamp", v.LastModifiedUtcTimestamp);
    read_member(j, "LastOkTransitionAt", v.LastOkTransitionAt);
    read_member(j, "LastWarningTransitionAt", v.LastWarningTransitionAt);
    read_member(j, "LastErrorTransitionAt", v.LastErrorTransitionAt);
}

void read(json const& j, HealthEvaluation& v)
{
    read_required(j, "Kind", v.Kind);
    read_member(j, "AggregatedHealthState", v.AggregatedHealthState);
    read_member(j, "Description", v.Description);
}

void read(json const& j, one_of<HealthEvaluation>& v)
{
    std::string_view const kind = text(required(j, "Kind"));
    if (kind == "Event") {
        auto& e = peer::hold<EventHealthEvaluation>(v);
        read(j, static_cast<HealthEvaluation&>(e));
        read_member(j, "ConsiderWarningAsError", e.ConsiderWarningAsError);
        read_member(j, "UnhealthyEvent", e.UnhealthyEvent);
    } else if (kind == "Nodes") {
        auto& e = peer::hold<NodesHealthEvaluation>(v);
        read(j, static_cast<HealthEvaluation&>(e));
        read_member(j, "MaxPercentUnhealthyNodes", e.MaxPercentUnhealthyNodes);
        read_member(j, "TotalCount", e.TotalCount);
        read_member(j, "UnhealthyEvaluations", e.UnhealthyEvaluations);
    } else if (kind == "Node") {
        auto& e = peer::hold<NodeHealthEvaluation>(v);
        read(j, static_cast<HealthEvaluation&>(e));
        read_member(j, "NodeName", e.NodeName);
        read_member(j, "UnhealthyEvaluations", e.UnhealthyEvaluations);
    } else if (kind == "Applications") {
        auto& e = peer::hold<ApplicationsHealthEvaluation>(v);
        read(j, static_cast<HealthEvaluation&>(e));
        read_member(j, "MaxPercentUnhealthyApplications", e.MaxPercentUnhealthyApplications);
        read_member(j, "TotalCount", e.TotalCount);
        read_member(j, "UnhealthyEvaluations", e.UnhealthyEvaluations);
    } else if (kind == "Application") {
        auto& e = peer::hold<ApplicationHealthEvaluation>(v);
        read(j, static_cast<HealthEvaluation&>(e));
        read_member(j, "ApplicationName", e.ApplicationName);
        read_member(j, "UnhealthyEvaluations", e.UnhealthyEvaluations);
    } else if (peer::lists<HealthEvaluationKind>(kind))
        throw peer::unmapped("HealthEvaluation kind " + std::string(kind));
    else
        read(j, peer::hold<HealthEvaluation>(v));
}

void read(json const& j, HealthEvaluationWrapper& v) { read_member(j, "HealthEvaluation", v.HealthEvaluation); }

void read(json const& j, HealthStateCount& v)
{
    read_member(j, "OkCount", v.OkCount);
    read_member(j, "WarningCount", v.WarningCount);
    read_member(j, "ErrorCount", v.ErrorCount);
}

void read(json const& j, EntityKindHealthStateCount& v)
{
    read_member(j, "EntityKind", v.EntityKind);
    read_member(j, "HealthStateCount", v.HealthStateCount);
}

void read(json const& j, HealthStatistics& v) { read_member(j, "HealthStateCountList", v.HealthStateCountList); }

void read(json const& j, NodeHealthState& v)
{
    read_member(j, "AggregatedHealthState", v.AggregatedHealthState);
    read_member(j, "Name", v.Name);
    read_member(j, "Id", v.Id);
}

void read(json const& j, ApplicationHealthState& v)
{
    read_member(j, "AggregatedHealthState", v.AggregatedHealthState);
    read_member(j, "Name", v.Name);
}

void read(json const& j, ClusterHealth& v)
{
    read_member(j, "AggregatedHealthState", v.AggregatedHealthState);
    read_member(j, "HealthEvents", v.HealthEvents);
    read_member(j, "UnhealthyEvaluations", v.UnhealthyEvaluations);
    read_member(j, "HealthStatistics", v.HealthStatistics);
    read_member(j, "NodeHealthStates", v.NodeHealthStates);
    read_member(j, "ApplicationHealthStates", v.ApplicationHealthStates);
}

// The event list: each kind's members after those of the kinds it derives from.

void read(json const& j, FabricEvent& v)
{
    read_required(j, "Kind", v.Kind);
    read_member(j, "EventInstanceId", v.EventInstanceId);
    read_member(j, "Category", v.Category);
    read_member(j, "TimeStamp", v.TimeStamp);
    read_member(j, "HasCorrelatedEvents", v.HasCorrelatedEvents);
}

void read(json const& j, NodeEvent& v)
{
    read(j, static_cast<FabricEvent&>(v));
    read_member(j, "NodeName", v.NodeName);
}

void read(json const& j, PartitionEvent& v)
{
    read(j, static_cast<FabricEvent&>(v));
    read_member(j, "PartitionId", v.PartitionId);
}

void read(json const& j, ApplicationEvent& v)
{
    read(j, static_cast<FabricEvent&>(v));
    read_member(j, "ApplicationId", v.ApplicationId);
}

void read(json const& j, AnalysisEventMetadata& v)
{
    read_member(j, "Delay", v.Delay);
    read_member(j, "Duration", v.Duration);
}

void read(json const& j, PartitionAnalysisEvent& v)
{
    read(j, static_cast<PartitionEvent&>(v));
    read_member(j, "Metadata", v.Metadata);
}

void read(json const& j, NodeDownEvent& v)
{
    read(j, static_cast<NodeEvent&>(v));
    read_member(j, "NodeInstance", v.NodeInstance);
    read_member(j, "LastNodeUpAt", v.LastNodeUpAt);
}

void read(json const& j, NodeUpEvent& v)
{
    read(j, static_cast<NodeEvent&>(v));
    read_member(j, "NodeInstance", v.NodeInstance);
    read_member(j, "LastNodeDownAt", v.LastNodeDownAt);
}

void read(json const& j, NodeNewHealthReportEvent& v)
{
    read(j, static_cast<NodeEvent&>(v));
    read_member(j, "NodeInstanceId", v.NodeInstanceId);
    read_member(j, "SourceId", v.SourceId);
    read_member(j, "Property", v.Property);
    read_member(j, "HealthState", v.HealthState);
    read_member(j, "TimeToLiveMs", v.TimeToLiveMs);
    read_member(j, "SequenceNumber", v.SequenceNumber);
    read_member(j, "Description", v.Description);
    read_member(j, "RemoveWhenExpired", v.RemoveWhenExpired);
    read_member(j, "SourceUtcTimestamp", v.SourceUtcTimestamp);
}

void read(json const& j, PartitionReconfiguredEvent& v)
{
    read(j, static_cast<PartitionEvent&>(v));
    read_member(j, "NodeName", v.NodeName);
    read_member(j, "NodeInstanceId", v.NodeInstanceId);
    read_member(j, "ServiceType", v.ServiceType);
    read_member(j, "CcEpochDataLossVersion", v.CcEpochDataLossVersion);
    read_member(j, "CcEpochConfigVersion", v.CcEpochConfigVersion);
    read_member(j, "ReconfigType", v.ReconfigType);
    read_member(j, "Result", v.Result);
    read_member(j, "Phase0DurationMs", v.Phase0DurationMs);
    read_member(j, "Phase1DurationMs", v.Phase1DurationMs);
    read_member(j, "Phase2DurationMs", v.Phase2DurationMs);
    read_member(j, "Phase3DurationMs", v.Phase3DurationMs);
    read_member(j, "Phase4DurationMs", v.Phase4DurationMs);
    read_member(j, "TotalDurationMs", v.TotalDurationMs);
}

void read(json const& j, PartitionPrimaryMoveAnalysisEvent& v)
{
    read(j, static_cast<PartitionAnalysisEvent&>(v));
    read_member(j, "WhenMoveCompleted", v.WhenMoveCompleted);
    read_member(j, "PreviousNode", v.PreviousNode);
    read_member(j, "CurrentNode", v.CurrentNode);
    read_member(j, "MoveReason", v.MoveReason);
    read_member(j, "RelevantTraces", v.RelevantTraces);
}

void read(json const& j, ApplicationProcessExitedEvent& v)
{
    read(j, static_cast<ApplicationEvent&>(v));
    read_member(j, "ServiceName", v.ServiceName);
    read_member(j, "ServicePackageName", v.ServicePackageName);
    read_member(j, "ServicePackageActivationId", v.ServicePackageActivationId);
    read_member(j, "IsExclusive", v.IsExclusive);
    read_member(j, "CodePackageName", v.CodePackageName);
    read_member(j, "EntryPointType", v.EntryPointType);
    read_member(j, "ExeName", v.ExeName);
    read_member(j, "ProcessId", v.ProcessId);
    read_member(j, "HostId", v.HostId);
    read_member(j, "ExitCode", v.ExitCode);
    read_member(j, "UnexpectedTermination", v.UnexpectedTermination);
    read_member(j, "StartTime", v.StartTime);
}

// The kinds the payload holds; a kind FabricEventKind does not list stays a
// FabricEvent, as in sfmodels.
void read(json const& j, one_of<FabricEvent>& v)
{
    std::string_view const kind = text(required(j, "Kind"));
    if (kind == "PartitionReconfigured")
        read(j, peer::hold<PartitionReconfiguredEvent>(v));
    else if (kind == "NodeNewHealthReport")
        read(j, peer::hold<NodeNewHealthReportEvent>(v));
    else if (kind == "ApplicationProcessExited")
        read(j, peer::hold<ApplicationProcessExitedEvent>(v));
    else if (kind == "NodeDown")
        read(j, peer::hold<NodeDownEvent>(v));
    else if (kind == "NodeUp")
        read(j, peer::hold<NodeUpEvent>(v));
    else if (kind == "PartitionPrimaryMoveAnalysis")
        read(j, peer::hold<PartitionPrimaryMoveAnalysisEvent>(v));
    else if (peer::lists<FabricEventKind>(kind))
        throw peer::unmapped("FabricEvent kind " + std::string(kind));
    else
        read(j, peer::hold<FabricEvent>(v));
}

template<class T>
void decode(std::string const& text, T& out)
{
    rapidjson::Document d;
    d.Parse(text.data(), text.size());
    if (d.HasParseError())
        throw std::runtime_error("RapidJSON cannot parse the payload");
    read(d, out);
}

} // namespace

void add_rapidjson_cases()
{
    std::string const library = "RapidJSON";
    peer::add_decode_case<PartitionDataLossProgress>(data_loss_completed(), library,
                                                     decode<PartitionDataLossProgress>);
    peer::add_decode_case<BackupProgressInfo>(backup_success(), library, decode<BackupProgressInfo>);
    peer::add_decode_case<OperationStatusList>(operation_list(), library, decode<OperationStatusList>);
    peer::add_decode_case<PagedNodeInfoList>(node_list(), library, decode<PagedNodeInfoList>);
    peer::add_decode_case<ClusterHealth>(cluster_health(), library, decode<ClusterHealth>);
    peer::add_decode_case<EventList>(event_list(), library, decode<EventList>);
}

} // namespace sfmodels::bench
