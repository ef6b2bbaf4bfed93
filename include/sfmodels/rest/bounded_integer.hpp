#ifndef SFMODELS_REST_BOUNDED_INTEGER_HPP
#define SFMODELS_REST_BOUNDED_INTEGER_HPP

#include <sfmodels/rest/duration.hpp>

#include <concepts>
#include <cstdint>
#include <limits>

namespace sfmodels::rest {

/// No lower bound: the least value of the integer type.
inline constexpr std::int64_t bounded_minimum = std::numeric_limits<std::int64_t>::min();

/** An integer parameter with the bounds the specification gives it
    (`MaxResults`: 0 or more). Holds any value of T; validate() and
    write_target() reject one outside [Min, Max] with out_of_range_parameter.
    Max is `unbounded` (from duration.hpp's convention) for no upper bound.
*/
template<std::signed_integral T, std::int64_t Min, std::int64_t Max>
class bounded_integer
{
public:
    using value_type = T;
    static constexpr std::int64_t minimum = Min;
    static constexpr std::int64_t maximum = Max;

    constexpr bounded_integer() noexcept = default;
    constexpr bounded_integer(T v) noexcept : value_(v) {}

    constexpr T value() const noexcept { return value_; }
    constexpr bool in_range() const noexcept { return value_ >= Min && value_ <= Max; }

    bool operator==(bounded_integer const&) const = default;

private:
    T value_ = 0;
};

} // namespace sfmodels::rest

#endif
