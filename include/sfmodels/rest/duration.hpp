#ifndef SFMODELS_REST_DURATION_HPP
#define SFMODELS_REST_DURATION_HPP

#include <chrono>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace sfmodels::rest {

/** A duration parameter sent as a whole number of `Duration` units and
    accepted by the cluster only within [Min, Max] of them.

    Converts implicitly from any std::chrono duration that converts to
    `Duration` without loss; whether the value is in range is checked when
    the request is validated, so that the error names the parameter.
*/
template<class Duration, std::int64_t Min, std::int64_t Max>
class bounded_duration
{
public:
    using duration = Duration;
    static constexpr Duration min{Min};
    static constexpr Duration max{Max};

    template<class Rep, class Period>
        requires std::is_convertible_v<std::chrono::duration<Rep, Period>, Duration>
    constexpr bounded_duration(std::chrono::duration<Rep, Period> d) noexcept : value_(d)
    {
    }

    constexpr Duration get() const noexcept { return value_; }
    constexpr std::int64_t count() const noexcept { return static_cast<std::int64_t>(value_.count()); }
    constexpr bool in_range() const noexcept { return value_ >= min && value_ <= max; }

    bool operator==(bounded_duration const&) const = default;

private:
    Duration value_;
};

inline constexpr std::int64_t unbounded = std::numeric_limits<std::int64_t>::max();

/// `timeout`: the server's processing timeout, 1..4294967295 seconds, 60 by default.
using server_timeout = bounded_duration<std::chrono::seconds, 1, 4294967295>;

/// `StopDurationInSeconds`: how long StartNodeTransition keeps a node down, 600..14400 seconds as documented.
using stop_duration = bounded_duration<std::chrono::seconds, 600, 14400>;

/// `QuorumLossDuration`: how long a partition stays in quorum loss, in seconds; no bound documented.
using quorum_loss_duration = bounded_duration<std::chrono::seconds, 0, unbounded>;

/// `BackupTimeout` / `RestoreTimeout`: in minutes, 10 by default; no bound documented.
using backup_restore_timeout = bounded_duration<std::chrono::minutes, 0, unbounded>;

} // namespace sfmodels::rest

#endif
