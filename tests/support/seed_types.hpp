#ifndef SFMODELS_TESTS_SUPPORT_SEED_TYPES_HPP
#define SFMODELS_TESTS_SUPPORT_SEED_TYPES_HPP

// The 20 definitions of the first release (fault and backup/restore progress,
// errors, backup request bodies), which have hand-written fixtures under
// tests/fixtures and the hand-written tests over them. The generated models
// of all 749 definitions are tested through the type table (tests/models);
// iterating sfmodels::wire_types here would compile the codec for all of them
// in every test file.

#include <sfmodels/models/backup_restore.hpp>
#include <sfmodels/models/errors.hpp>
#include <sfmodels/models/faults.hpp>
#include <sfmodels/models/type_registry.hpp>

#include <boost/mp11/list.hpp>

namespace sfmodels::test {

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

/// Calls f(wire_type<T, Name>{}) for the seed type named `name`; false if there is none.
template<class F>
bool visit_seed_type(std::string_view name, F&& f)
{
    return visit_wire_type<seed_types>(name, static_cast<F&&>(f));
}

} // namespace sfmodels::test

#endif
