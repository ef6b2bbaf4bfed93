// GetClusterHealth's response for a cluster of 1000 nodes and 1000
// applications, in Warning because of two nodes and one application.

#include "../payloads.hpp"
#include "text.hpp"

#include <cstdint>
#include <string>

namespace sfmodels::bench {

namespace {

// TimeSpan.MaxValue: what clusters send for a report that never expires.
constexpr std::string_view forever = "P10675199DT2H48M5.4775807S";

struct report
{
    char const* source;
    char const* property;
    char const* state;
    std::string description;
    std::uint64_t seed;  // varies the sequence number and times
};

void write_health_event(json_out& o, report const& r)
{
    std::uint64_t const reported = 86400 + mix(r.seed) % (10 * 86400);
    bool const ok = std::string_view(r.state) == "Ok";
    o.begin_object()
        .member("SourceId", r.source)
        .member("Property", r.property)
        .member("HealthState", r.state)
        .member("TimeToLiveInMilliSeconds", forever)
        .member("Description", r.description)
        .member("SequenceNumber", std::to_string(133512000000000000 + mix(r.seed + 1) % 100000000000))
        .member("RemoveWhenExpired", false)
        .member("IsExpired", false)
        .member("SourceUtcTimestamp", utc_time(reported, static_cast<std::uint32_t>(mix(r.seed + 2) % 10000000)))
        .member("LastModifiedUtcTimestamp", utc_time(reported, static_cast<std::uint32_t>(mix(r.seed + 3) % 10000000)))
        .member("LastOkTransitionAt", ok ? utc_time(reported - 3600, 5000000) : std::string(never))
        .member("LastWarningTransitionAt", ok ? std::string(never) : utc_time(reported, 5000000))
        .member("LastErrorTransitionAt", never)
        .end_object();
}

// {"HealthEvaluation":{"Kind":kind,"AggregatedHealthState":"Warning","Description":description, ...
void begin_evaluation(json_out& o, char const* kind, std::string const& description)
{
    o.begin_object().key("HealthEvaluation").begin_object();
    o.member("Kind", kind).member("AggregatedHealthState", "Warning").member("Description", description);
}

void end_evaluation(json_out& o) { o.end_object().end_object(); }

void write_event_evaluation(json_out& o, report const& r)
{
    begin_evaluation(o, "Event",
                     std::string("Unhealthy event: SourceId='") + r.source + "', Property='" + r.property +
                         "', HealthState='" + r.state + "', ConsiderWarningAsError=false.");
    o.member("ConsiderWarningAsError", false).key("UnhealthyEvent");
    write_health_event(o, r);
    end_evaluation(o);
}

report node_report(std::uint64_t node)
{
    return {"System.FM", "State", "Warning",
            "Fabric node " + node_name(node) + " is restarting after an update of its code package.\n"
            "The report clears once the node is up.",
            node};
}

report application_report(std::string const& application)
{
    return {"OrdersWatchdog", "QueueLength", "Warning",
            "The order queue of " + application + " holds 12450 messages, above its 10000 limit.", 7};
}

std::string application_name(std::uint64_t i)
{
    static constexpr char const* services[] = {"Orders", "Billing", "Catalog", "Search"};
    if (i == 0)
        return "fabric:/System";
    std::string tenant = std::to_string(1000 + i / 4);
    return "fabric:/Tenant" + tenant.substr(1) + "/" + services[i % 4];
}

void write_unhealthy_evaluations(json_out& o)
{
    std::uint64_t const warning_nodes[] = {35, 702};
    o.key("UnhealthyEvaluations").begin_array();

    begin_evaluation(o, "Nodes", "0% (2/1000) nodes are unhealthy. The evaluation tolerates 0% unhealthy nodes.");
    o.raw_member("MaxPercentUnhealthyNodes", "0").raw_member("TotalCount", "1000");
    o.key("UnhealthyEvaluations").begin_array();
    for (std::uint64_t node : warning_nodes) {
        begin_evaluation(o, "Node", "The node " + node_name(node) + " has health state Warning.");
        o.member("NodeName", node_name(node)).key("UnhealthyEvaluations").begin_array();
        write_event_evaluation(o, node_report(node));
        o.end_array();
        end_evaluation(o);
    }
    o.end_array();
    end_evaluation(o);

    std::string const application = application_name(421);
    begin_evaluation(o, "Applications",
                     "0% (1/1000) applications are unhealthy. The evaluation tolerates 0% unhealthy applications.");
    o.raw_member("MaxPercentUnhealthyApplications", "0").raw_member("TotalCount", "1000");
    o.key("UnhealthyEvaluations").begin_array();
    begin_evaluation(o, "Application", "The application " + application + " has health state Warning.");
    o.member("ApplicationName", application).key("UnhealthyEvaluations").begin_array();
    write_event_evaluation(o, application_report(application));
    o.end_array();
    end_evaluation(o);
    o.end_array();
    end_evaluation(o);

    o.end_array();
}

void write_statistics(json_out& o)
{
    struct count
    {
        char const* kind;
        std::int64_t ok, warning, error;
    };
    static constexpr count counts[] = {{"Node", 998, 2, 0},
                                       {"Replica", 14872, 3, 1},
                                       {"Partition", 4996, 3, 1},
                                       {"Service", 3998, 2, 0},
                                       {"DeployedServicePackage", 11990, 10, 0},
                                       {"DeployedApplication", 5995, 5, 0},
                                       {"Application", 999, 1, 0}};
    o.key("HealthStatistics").begin_object().key("HealthStateCountList").begin_array();
    for (count const& c : counts)
        o.begin_object()
            .member("EntityKind", c.kind)
            .key("HealthStateCount")
            .begin_object()
            .member("OkCount", c.ok)
            .member("WarningCount", c.warning)
            .member("ErrorCount", c.error)
            .end_object()
            .end_object();
    o.end_array().end_object();
}

std::string cluster_health_json()
{
    json_out o;
    o.begin_object().member("AggregatedHealthState", "Warning");

    o.key("HealthEvents").begin_array();
    write_health_event(o, {"System.UpgradeOrchestrationService", "UpgradeOrchestrationServiceState", "Ok",
                           "Fabric Upgrade Orchestration Service is up and ready.", 1});
    write_health_event(o, {"System.FM", "SeedNodeStatus", "Ok", "All seed nodes are up.", 2});
    write_health_event(o, {"System.ClusterManager", "ClusterCertificate", "Ok",
                           "The cluster certificate expires on 2025-01-14T00:00:00Z.", 3});
    o.end_array();

    write_unhealthy_evaluations(o);
    write_statistics(o);

    o.key("NodeHealthStates").begin_array();
    for (std::uint64_t i = 0; i < 1000; ++i)
        o.begin_object()
            .member("AggregatedHealthState", i == 35 || i == 702 ? "Warning" : "Ok")
            .member("Name", node_name(i))
            .key("Id")
            .begin_object()
            .member("Id", make_node_id(i))
            .end_object()
            .end_object();
    o.end_array();

    o.key("ApplicationHealthStates").begin_array();
    for (std::uint64_t i = 0; i < 1000; ++i)
        o.begin_object()
            .member("AggregatedHealthState", i == 421 ? "Warning" : "Ok")
            .member("Name", application_name(i))
            .end_object();
    o.end_array();

    o.end_object();
    return o.text();
}

} // namespace

payload const& cluster_health()
{
    static payload const p{"ClusterHealth", "Warning; 1000 nodes, 1000 applications, nested evaluations",
                           cluster_health_json()};
    return p;
}

} // namespace sfmodels::bench
