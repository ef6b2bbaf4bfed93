#ifndef SFMODELS_REST_POLL_HPP
#define SFMODELS_REST_POLL_HPP

#include <sfmodels/models/backup_restore.hpp>
#include <sfmodels/models/faults.hpp>
#include <sfmodels/open_enum.hpp>

#include <optional>

namespace sfmodels::rest {

// When to stop polling a Get*Progress operation. A state the specification
// does not list is not terminal: a poll loop needs its own deadline anyway.

/// Completed, Faulted, Cancelled and ForceCancelled: the operation will not change again.
constexpr bool is_terminal(OperationState s) noexcept
{
    switch (s) {
    case OperationState::Completed:
    case OperationState::Faulted:
    case OperationState::Cancelled:
    case OperationState::ForceCancelled: return true;
    case OperationState::Invalid:
    case OperationState::Running:
    case OperationState::RollingBack: return false;
    }
    return false;
}

/// Success, Failure and Timeout end a backup.
constexpr bool is_terminal(BackupState s) noexcept
{
    return s == BackupState::Success || s == BackupState::Failure || s == BackupState::Timeout;
}

/// Success, Failure and Timeout end a restore.
constexpr bool is_terminal(RestoreState s) noexcept
{
    return s == RestoreState::Success || s == RestoreState::Failure || s == RestoreState::Timeout;
}

template<class E>
    requires requires(E e) { is_terminal(e); }
constexpr bool is_terminal(open_enum<E> const& s) noexcept
{
    auto const known = s.known();
    return known && is_terminal(*known);
}

template<class E>
    requires requires(E e) { is_terminal(e); }
constexpr bool is_terminal(std::optional<open_enum<E>> const& s) noexcept
{
    return s && is_terminal(*s);
}

/// Whether a progress body says its operation is over: State for the fault
/// operations, BackupState or RestoreState for backup and restore.
template<class Progress>
constexpr bool is_finished(Progress const& p) noexcept
{
    if constexpr (requires { p.State; })
        return is_terminal(p.State);
    else if constexpr (requires { p.BackupState; })
        return is_terminal(p.BackupState);
    else
        return is_terminal(p.RestoreState);
}

} // namespace sfmodels::rest

#endif
