#ifndef SFMODELS_REST_OPERATION_LIST_HPP
#define SFMODELS_REST_OPERATION_LIST_HPP

#include <sfmodels/rest/operations/backup_restore.hpp>
#include <sfmodels/rest/operations/faults.hpp>

#include <boost/mp11/algorithm.hpp>

#include <string_view>
#include <type_traits>

namespace sfmodels::rest {

/// Every operation sfmodels::rest describes, faults first, in the specification's order.
using operations = boost::mp11::mp_list<
    StartDataLoss, GetDataLossProgress, StartQuorumLoss, GetQuorumLossProgress, StartPartitionRestart,
    GetPartitionRestartProgress, StartNodeTransition, GetNodeTransitionProgress, GetFaultOperationList,
    CancelOperation, GetPartitionBackupProgress, GetPartitionRestoreProgress, BackupPartition, RestorePartition,
    SkipRestorePartition>;

/// Calls f(std::type_identity<Op>{}) for the operation whose name matches
/// `name` (ASCII case-insensitively); returns false if there is none.
template<class F>
bool visit_operation(std::string_view name, F&& f)
{
    bool found = false;
    boost::mp11::mp_for_each<boost::mp11::mp_transform<std::type_identity, operations>>([&](auto op) {
        using Op = typename decltype(op)::type;
        if (!found && sfmodels::detail::iequals(Op::info.name, name)) {
            found = true;
            f(op);
        }
    });
    return found;
}

} // namespace sfmodels::rest

#endif
