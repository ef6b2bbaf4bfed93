#ifndef SFMODELS_BENCHMARKS_ROUND_TRIP_HPP
#define SFMODELS_BENCHMARKS_ROUND_TRIP_HPP

#include "payloads.hpp"

#include <string>
#include <string_view>

namespace sfmodels::bench {

/** Compares payload `p` with `encoded`, the JSON that encoding its decoded
    value gives, as JSON values: members in any order, numbers by value,
    nulls as absent, p.unmodelled members skipped. Returns where they first
    differ, or an empty string: then the model kept everything the payload
    carries (a misspelled member in a payload generator, which a decoder
    skips silently, shows up here).
*/
std::string round_trip_difference(payload const& p, std::string_view encoded);

} // namespace sfmodels::bench

#endif
