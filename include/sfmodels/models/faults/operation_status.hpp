#ifndef SFMODELS_MODELS_FAULTS_OPERATION_STATUS_HPP
#define SFMODELS_MODELS_FAULTS_OPERATION_STATUS_HPP

#include <sfmodels/open_enum.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/uuid/uuid.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace sfmodels {

/// Where a fault operation stands. Completed, Faulted, Cancelled and
/// ForceCancelled are terminal; RollingBack undoes system state, not user data.
enum class OperationState : std::uint8_t
{
    Invalid,
    Running,
    RollingBack,
    Completed,
    Faulted,
    Cancelled,
    ForceCancelled,
};
BOOST_DESCRIBE_ENUM(OperationState, Invalid, Running, RollingBack, Completed, Faulted, Cancelled,
                    ForceCancelled)

/// The kind of fault a fault operation injects.
enum class OperationType : std::uint8_t
{
    Invalid,
    PartitionDataLoss,
    PartitionQuorumLoss,
    PartitionRestart,
    NodeTransition,
};
BOOST_DESCRIBE_ENUM(OperationType, Invalid, PartitionDataLoss, PartitionQuorumLoss, PartitionRestart,
                    NodeTransition)

/// One fault operation as listed by GetFaultOperationList.
struct OperationStatus
{
    std::optional<boost::uuids::uuid> OperationId;   ///< the caller's id from the Start call
    std::optional<open_enum<OperationState>> State;
    std::optional<open_enum<OperationType>> Type;

    bool operator==(OperationStatus const&) const = default;
};
BOOST_DESCRIBE_STRUCT(OperationStatus, (), (OperationId, State, Type))

/// The body of GetFaultOperationList: a bare JSON array.
using OperationStatusList = std::vector<OperationStatus>;

} // namespace sfmodels

#endif
