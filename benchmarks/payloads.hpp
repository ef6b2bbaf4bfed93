#ifndef SFMODELS_BENCHMARKS_PAYLOADS_HPP
#define SFMODELS_BENCHMARKS_PAYLOADS_HPP

#include <string>
#include <string_view>
#include <vector>

namespace sfmodels::bench {

// A realistic response or request body for one documented type, made here
// deterministically: the same bytes on every run.
struct payload
{
    std::string type;   // the definition's name in the specification
    std::string label;  // what it holds, for the results table
    std::string json;   // compact, as clusters send it
    // Members the model has no place for, by name (an unknown event kind's
    // own): all that decoding then encoding the payload may lose.
    std::vector<std::string> unmodelled{};
};

// The three seed payloads, measured against the glaze figures.
payload const& data_loss_completed();   // PartitionDataLossProgress, 175 bytes
payload const& backup_success();        // BackupProgressInfo, 377 bytes
payload const& operation_list();        // OperationStatusList of 1000 entries, about 100 KB

// The API's heavy responses.

// GetNodeInfoList: a PagedNodeInfoList page of 1000 nodes of three node
// types, a few down or being deactivated, with a continuation token.
payload const& node_list();

// GetClusterHealth: a ClusterHealth in Warning with 1000 node and 1000
// application health states, cluster health events, nested unhealthy
// evaluations (Nodes > Node > Event, Applications > Application > Event)
// and health statistics.
payload const& cluster_health();

// GetCorrelatedEventList's shape (EventList): 1000 FabricEvents of six
// listed kinds and one kind the family does not list.
payload const& event_list();

// One payload per documented seed type, the first three above included.
std::vector<payload> const& all_payloads();

// The heavy payloads above, in that order.
std::vector<payload> const& heavy_payloads();

} // namespace sfmodels::bench

#endif
