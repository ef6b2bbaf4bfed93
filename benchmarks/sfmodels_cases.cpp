// sfmodels' cases for the seed types: every payload of all_payloads(), the
// basic_parser decoder alone too for the three measured against glaze.

#include "model_cases.hpp"

#include <sfmodels/models/backup_restore.hpp>
#include <sfmodels/models/errors.hpp>
#include <sfmodels/models/faults.hpp>
#include <sfmodels/models/type_registry.hpp>

#include <boost/mp11/list.hpp>

namespace sfmodels::bench {

namespace {

// The types the seed payloads are of. Visiting a list compiles the codec of
// each of its types: this one names only those measured, not the 749 of
// sfmodels::wire_types.
using seed_types = boost::mp11::mp_list<
    wire_type<PartitionDataLossProgress, "PartitionDataLossProgress">,
    wire_type<PartitionQuorumLossProgress, "PartitionQuorumLossProgress">,
    wire_type<PartitionRestartProgress, "PartitionRestartProgress">,
    wire_type<NodeTransitionProgress, "NodeTransitionProgress">,
    wire_type<InvokeDataLossResult, "InvokeDataLossResult">,
    wire_type<InvokeQuorumLossResult, "InvokeQuorumLossResult">,
    wire_type<RestartPartitionResult, "RestartPartitionResult">,
    wire_type<NodeTransitionResult, "NodeTransitionResult">,
    wire_type<SelectedPartition, "SelectedPartition">,
    wire_type<NodeResult, "NodeResult">,
    wire_type<OperationStatus, "OperationStatus">,
    wire_type<OperationStatusList, "OperationStatusList">,
    wire_type<BackupProgressInfo, "BackupProgressInfo">,
    wire_type<RestoreProgressInfo, "RestoreProgressInfo">,
    wire_type<Epoch, "Epoch">,
    wire_type<FabricError, "FabricError">,
    wire_type<FabricErrorError, "FabricErrorError">,
    wire_type<BackupStorageDescription, "BackupStorageDescription">,
    wire_type<BackupPartitionDescription, "BackupPartitionDescription">,
    wire_type<RestorePartitionDescription, "RestorePartitionDescription">>;

} // namespace

// the peers' expected values for the three seed payloads they decode
template std::shared_ptr<PartitionDataLossProgress const> expected_value<PartitionDataLossProgress>(payload const&);
template std::shared_ptr<BackupProgressInfo const> expected_value<BackupProgressInfo>(payload const&);
template std::shared_ptr<OperationStatusList const> expected_value<OperationStatusList>(payload const&);

void add_sfmodels_cases()
{
    for (payload const& p : all_payloads()) {
        bool const measured_against_glaze = p.json == data_loss_completed().json || p.json == backup_success().json ||
                                            p.json == operation_list().json;
        bool const found = visit_wire_type<seed_types>(p.type, [&](auto w) {
            add_model_cases<typename decltype(w)::type>(p, measured_against_glaze);
        });
        if (!found)
            throw std::runtime_error("no seed type " + p.type);
    }
}

} // namespace sfmodels::bench
