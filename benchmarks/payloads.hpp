#ifndef SFMODELS_BENCHMARKS_PAYLOADS_HPP
#define SFMODELS_BENCHMARKS_PAYLOADS_HPP

#include <string>
#include <string_view>
#include <vector>

namespace sfmodels::bench {

// A realistic response or request body for one documented type.
struct payload
{
    std::string type;   // the wire type name, as in sfmodels::wire_types
    std::string label;  // what it holds, for the results table
    std::string json;   // compact, as clusters send it
};

// The three payloads every peer is measured on.
payload const& data_loss_completed();   // PartitionDataLossProgress, about 175 bytes
payload const& backup_success();        // BackupProgressInfo, about 370 bytes
payload const& operation_list();        // OperationStatusList of 1000 entries, about 100 KB

// A FabricEventList-shaped body: 1000 events of five kinds (and one kind the
// family does not list), with nested lists, maps and free-form members. Its
// model is the test family in tests/support/shapes.hpp.
payload const& event_list();

// One payload per documented type, the three above included.
std::vector<payload> const& all_payloads();

} // namespace sfmodels::bench

#endif
