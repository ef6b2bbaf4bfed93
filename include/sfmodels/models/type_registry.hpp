#ifndef SFMODELS_MODELS_TYPE_REGISTRY_HPP
#define SFMODELS_MODELS_TYPE_REGISTRY_HPP

#include <sfmodels/models/backup_restore/descriptions.hpp>
#include <sfmodels/models/backup_restore/progress.hpp>
#include <sfmodels/models/errors/fabric_error.hpp>
#include <sfmodels/models/faults/progress.hpp>

#include <boost/mp11/algorithm.hpp>

#include <string_view>

namespace sfmodels {

/// A model together with its definition name in the specification.
template<class T, char const* Name>
struct wire_type
{
    using type = T;
    static constexpr std::string_view name = Name;
};

namespace detail::names {
inline constexpr char PartitionDataLossProgress[] = "PartitionDataLossProgress";
inline constexpr char PartitionQuorumLossProgress[] = "PartitionQuorumLossProgress";
inline constexpr char PartitionRestartProgress[] = "PartitionRestartProgress";
inline constexpr char NodeTransitionProgress[] = "NodeTransitionProgress";
inline constexpr char InvokeDataLossResult[] = "InvokeDataLossResult";
inline constexpr char InvokeQuorumLossResult[] = "InvokeQuorumLossResult";
inline constexpr char RestartPartitionResult[] = "RestartPartitionResult";
inline constexpr char NodeTransitionResult[] = "NodeTransitionResult";
inline constexpr char SelectedPartition[] = "SelectedPartition";
inline constexpr char NodeResult[] = "NodeResult";
inline constexpr char OperationStatus[] = "OperationStatus";
inline constexpr char OperationStatusList[] = "OperationStatusList";
inline constexpr char BackupProgressInfo[] = "BackupProgressInfo";
inline constexpr char RestoreProgressInfo[] = "RestoreProgressInfo";
inline constexpr char Epoch[] = "Epoch";
inline constexpr char FabricError[] = "FabricError";
inline constexpr char FabricErrorError[] = "FabricErrorError";
inline constexpr char BackupStorageDescription[] = "BackupStorageDescription";
inline constexpr char BackupPartitionDescription[] = "BackupPartitionDescription";
inline constexpr char RestorePartitionDescription[] = "RestorePartitionDescription";
} // namespace detail::names

#define SFMODELS_WIRE_TYPE(T) wire_type<T, detail::names::T>

/// Every model that can be decoded from or encoded to a JSON body.
using wire_types = boost::mp11::mp_list<
    SFMODELS_WIRE_TYPE(PartitionDataLossProgress), SFMODELS_WIRE_TYPE(PartitionQuorumLossProgress),
    SFMODELS_WIRE_TYPE(PartitionRestartProgress), SFMODELS_WIRE_TYPE(NodeTransitionProgress),
    SFMODELS_WIRE_TYPE(InvokeDataLossResult), SFMODELS_WIRE_TYPE(InvokeQuorumLossResult),
    SFMODELS_WIRE_TYPE(RestartPartitionResult), SFMODELS_WIRE_TYPE(NodeTransitionResult),
    SFMODELS_WIRE_TYPE(SelectedPartition), SFMODELS_WIRE_TYPE(NodeResult), SFMODELS_WIRE_TYPE(OperationStatus),
    SFMODELS_WIRE_TYPE(OperationStatusList), SFMODELS_WIRE_TYPE(BackupProgressInfo),
    SFMODELS_WIRE_TYPE(RestoreProgressInfo), SFMODELS_WIRE_TYPE(Epoch), SFMODELS_WIRE_TYPE(FabricError),
    SFMODELS_WIRE_TYPE(FabricErrorError), SFMODELS_WIRE_TYPE(BackupStorageDescription),
    SFMODELS_WIRE_TYPE(BackupPartitionDescription), SFMODELS_WIRE_TYPE(RestorePartitionDescription)>;

#undef SFMODELS_WIRE_TYPE

/// Calls f(wire_type<T, Name>{}) for the model named `name`; returns false if there is none.
template<class F>
bool visit_wire_type(std::string_view name, F&& f)
{
    bool found = false;
    boost::mp11::mp_for_each<wire_types>([&](auto w) {
        if (!found && w.name == name) {
            found = true;
            f(w);
        }
    });
    return found;
}

} // namespace sfmodels

#endif
