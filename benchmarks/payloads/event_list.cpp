// An EventList (the body of GetCorrelatedEventList, and the shape of the
// EventStore's other lists): 1000 FabricEvents of seven kinds, one of which
// the FabricEvent family does not list.

#include "../payloads.hpp"
#include "text.hpp"

#include <cstdint>
#include <string>

namespace sfmodels::bench {

namespace {

// The kind the family does not know, and its members that no model holds.
constexpr char const* unlisted_kind = "NodeCertificateExpiring";
constexpr char const* unlisted_members[] = {"CertificateThumbprint", "ExpiresAt"};

// TimeSpan.MaxValue in whole milliseconds: the time to live of a report that never expires.
constexpr std::int64_t forever_ms = 922337203685477;

// the members every event starts with: the discriminator first, then FabricEvent's
void write_head(json_out& o, std::uint64_t i, char const* kind, char const* category)
{
    o.begin_object()
        .member("Kind", kind)
        .member("EventInstanceId", make_uuid(100000 + i))
        .member("Category", category)
        .member("TimeStamp", utc_time(5 * 86400 + i * 37, static_cast<std::uint32_t>(mix(i) % 10000000)))
        .member("HasCorrelatedEvents", i % 3 == 0);
}

void write_partition_reconfigured(json_out& o, std::uint64_t i)
{
    std::uint64_t const phases[] = {mix(i) % 40, mix(i + 1) % 400, mix(i + 2) % 40, mix(i + 3) % 4000, mix(i + 4) % 40};
    write_head(o, i, "PartitionReconfigured", "StateTransition");
    o.member("PartitionId", make_uuid(i / 20))
        .member("NodeName", node_name(mix(i) % 1000))
        .member("NodeInstanceId", std::to_string(133512345678901234 + mix(i + 5) % 1000000000))
        .member("ServiceType", i % 2 ? "OrdersServiceType" : "CatalogServiceType")
        .member("CcEpochDataLossVersion", std::int64_t(133512300000000000 + static_cast<std::int64_t>(i / 20)))
        .member("CcEpochConfigVersion", std::int64_t(8589934592 + static_cast<std::int64_t>(i)))
        .member("ReconfigType", i % 4 == 3 ? "Failover" : "SwapPrimary")
        .member("Result", "Completed");
    std::uint64_t total = 0;
    for (std::uint64_t k = 0; k < 5; ++k) {
        o.raw_member("Phase" + std::to_string(k) + "DurationMs", quarters_text(phases[k]));
        total += phases[k];
    }
    o.raw_member("TotalDurationMs", quarters_text(total)).end_object();
}

void write_node_health_report(json_out& o, std::uint64_t i)
{
    bool const warning = i % 20 == 7;
    write_head(o, i, "NodeNewHealthReport", "Operational");
    o.member("NodeName", node_name(i % 1000))
        .member("NodeInstanceId", std::int64_t(133512345678901234 + static_cast<std::int64_t>(mix(i + 1) % 1000000000)))
        .member("SourceId", warning ? "System.FabricNode" : "System.FM")
        .member("Property", warning ? "Certificate_cluster" : "State")
        .member("HealthState", warning ? "Warning" : "Ok")
        .member("TimeToLiveMs", std::int64_t(warning ? 900000 : forever_ms))
        .member("SequenceNumber", std::int64_t(133512000000000000 + static_cast<std::int64_t>(i)))
        .member("Description", warning ? "The cluster certificate expires in 28 days." : "Fabric node is up.")
        .member("RemoveWhenExpired", warning)
        .member("SourceUtcTimestamp", utc_time(5 * 86400 + i * 37 - 2, 9876543))
        .end_object();
}

void write_process_exited(json_out& o, std::uint64_t i)
{
    static constexpr char const* services[] = {"Orders", "Billing", "Catalog", "Search"};
    std::string const tenant = std::to_string(1000 + mix(i) % 250).substr(1);
    std::string const service = services[i % 4];
    write_head(o, i, "ApplicationProcessExited", "Operational");
    o.member("ApplicationId", "Tenant" + tenant + "~" + service)
        .member("ServiceName", "fabric:/Tenant" + tenant + "/" + service + "/" + service + "Service")
        .member("ServicePackageName", service + "Pkg")
        .member("ServicePackageActivationId", i % 2 ? make_uuid(i + 7) : std::string())
        .member("IsExclusive", i % 2 == 1)
        .member("CodePackageName", "Code")
        .member("EntryPointType", "Main")
        .member("ExeName", service + "Service.exe")
        .member("ProcessId", std::int64_t(4000 + static_cast<std::int64_t>(mix(i) % 60000)))
        .member("HostId", make_uuid(i + 11))
        .member("ExitCode", std::int64_t(i % 3 ? 0 : -1073741819))
        .member("UnexpectedTermination", i % 3 == 0)
        .member("StartTime", utc_time(4 * 86400 + i * 29, 1234567))
        .end_object();
}

void write_node_down(json_out& o, std::uint64_t i)
{
    write_head(o, i, "NodeDown", "StateTransition");
    o.member("NodeName", node_name(mix(i) % 1000))
        .member("NodeInstance", std::int64_t(133512345678901234 + static_cast<std::int64_t>(mix(i + 1) % 1000000000)))
        .member("LastNodeUpAt", utc_time(2 * 86400 + i * 11))
        .end_object();
}

void write_node_up(json_out& o, std::uint64_t i)
{
    write_head(o, i, "NodeUp", "StateTransition");
    o.member("NodeName", node_name(mix(i - 1) % 1000))
        .member("NodeInstance", std::int64_t(133512345678901234 + static_cast<std::int64_t>(mix(i + 2) % 1000000000)))
        .member("LastNodeDownAt", utc_time(5 * 86400 + i * 37 - 95, 5))
        .end_object();
}

void write_primary_move_analysis(json_out& o, std::uint64_t i)
{
    write_head(o, i, "PartitionPrimaryMoveAnalysis", "Operational");
    o.member("PartitionId", make_uuid(i / 20));
    o.key("Metadata")
        .begin_object()
        .member("Delay", "PT" + std::to_string(mix(i) % 60) + ".25S")
        .member("Duration", "PT1M" + std::to_string(mix(i + 1) % 60) + ".5S")
        .end_object();
    o.member("WhenMoveCompleted", utc_time(5 * 86400 + i * 37 - 1, 4400000))
        .member("PreviousNode", node_name(mix(i) % 1000))
        .member("CurrentNode", node_name(mix(i + 1) % 1000))
        .member("MoveReason", i % 2 ? "ApplicationHostDown" : "ClientPromoteToPrimaryApiCall")
        .member("RelevantTraces", "Reconfiguration of partition " + make_uuid(i / 20) +
                                      " completed; primary moved.\r\nPhase3 waited on catch-up of 2 replicas.")
        .end_object();
}

void write_unlisted(json_out& o, std::uint64_t i)
{
    write_head(o, i, unlisted_kind, "Operational");
    o.member(unlisted_members[0], make_node_id(i))
        .member(unlisted_members[1], utc_time(27 * 86400))
        .end_object();
}

std::string event_list_json()
{
    // ten slots, repeated: reconfigurations and health reports the most frequent
    using writer = void (*)(json_out&, std::uint64_t);
    static constexpr writer slots[] = {write_partition_reconfigured, write_node_health_report, write_process_exited,
                                       write_partition_reconfigured, write_node_down,          write_node_up,
                                       write_primary_move_analysis,  write_node_health_report, write_unlisted,
                                       write_partition_reconfigured};
    json_out o;
    o.begin_array();
    for (std::uint64_t i = 0; i < 1000; ++i)
        slots[i % 10](o, i);
    o.end_array();
    return o.text();
}

} // namespace

payload const& event_list()
{
    static payload const p{"EventList", "1000 events of seven kinds, one unlisted", event_list_json(),
                           {unlisted_members[0], unlisted_members[1]}};
    return p;
}

} // namespace sfmodels::bench
