#ifndef SFMODELS_TIMESTAMP_HPP
#define SFMODELS_TIMESTAMP_HPP

#include <chrono>
#include <cstdint>
#include <ratio>

namespace sfmodels {

/// One .NET DateTime tick: 100 nanoseconds.
using ticks = std::chrono::duration<std::int64_t, std::ratio<1, 10'000'000>>;

/** A Service Fabric date-time: an instant in UTC with tick resolution.

    Clusters send 0001-01-01T00:00:00Z (DateTime.MinValue) for "unset";
    it is an ordinary, representable value here, as is every instant of
    the years 0000 to 9999 that the JSON text form can carry.
*/
using timestamp = std::chrono::time_point<std::chrono::system_clock, ticks>;

} // namespace sfmodels

#endif
