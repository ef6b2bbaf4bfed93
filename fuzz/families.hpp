#ifndef SFMODELS_FUZZ_FAMILIES_HPP
#define SFMODELS_FUZZ_FAMILIES_HPP

// The models each fuzz target decodes every input as; fuzz_<family>.cpp runs
// one family, tests/unit/fuzz_corpus_test.cpp replays the corpus through all.

#include <sfmodels/models/backup_restore.hpp>
#include <sfmodels/models/errors.hpp>
#include <sfmodels/models/faults.hpp>

#include "../tests/support/shapes.hpp"

namespace sfmodels::fuzz {

template<class... T>
struct family {};

using faults = family<PartitionDataLossProgress, PartitionQuorumLossProgress, PartitionRestartProgress,
                      NodeTransitionProgress, InvokeDataLossResult, InvokeQuorumLossResult, RestartPartitionResult,
                      NodeTransitionResult, SelectedPartition, NodeResult>;

using operation_status = family<OperationStatus, OperationStatusList>;

using backup_restore = family<BackupProgressInfo, RestoreProgressInfo, Epoch, BackupStorageDescription,
                              BackupPartitionDescription, RestorePartitionDescription>;

using errors = family<FabricError, FabricErrorError>;

// The test family with every shape of the specification (tests/support/shapes.hpp).
using shapes = family<::shapes::FabricEventList, ::shapes::NodeEventList, sfmodels::one_of<::shapes::ServiceDescription>,
                      ::shapes::HealthEvaluationWrapper, ::shapes::ClusterUpgradeStartedEvent>;

} // namespace sfmodels::fuzz

#endif
