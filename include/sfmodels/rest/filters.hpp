#ifndef SFMODELS_REST_FILTERS_HPP
#define SFMODELS_REST_FILTERS_HPP

#include <boost/describe/enum.hpp>

#include <concepts>
#include <cstdint>

namespace sfmodels::rest {

// The bit flags GetFaultOperationList filters on. Combine them with |;
// All (65535) selects everything. A valid filter is All or a non-empty
// combination of the documented flags.

/// `TypeFilter`: which OperationType values to list.
enum class operation_type_filter : std::uint16_t
{
    PartitionDataLoss = 1,
    PartitionQuorumLoss = 2,
    PartitionRestart = 4,
    NodeTransition = 8,
    All = 65535,
};
BOOST_DESCRIBE_ENUM(operation_type_filter, PartitionDataLoss, PartitionQuorumLoss, PartitionRestart, NodeTransition,
                    All)

/// `StateFilter`: which OperationState values to list. There is no flag 4.
enum class operation_state_filter : std::uint16_t
{
    Running = 1,
    RollingBack = 2,
    Completed = 8,
    Faulted = 16,
    Cancelled = 32,
    ForceCancelled = 64,
    All = 65535,
};
BOOST_DESCRIBE_ENUM(operation_state_filter, Running, RollingBack, Completed, Faulted, Cancelled, ForceCancelled, All)

template<class F>
concept operation_filter = std::same_as<F, operation_type_filter> || std::same_as<F, operation_state_filter>;

template<operation_filter F>
constexpr F operator|(F a, F b) noexcept
{
    return static_cast<F>(static_cast<std::uint16_t>(a) | static_cast<std::uint16_t>(b));
}

template<operation_filter F>
constexpr F& operator|=(F& a, F b) noexcept
{
    return a = a | b;
}

template<operation_filter F>
constexpr bool contains(F set, F flag) noexcept
{
    return (static_cast<std::uint16_t>(set) & static_cast<std::uint16_t>(flag)) == static_cast<std::uint16_t>(flag);
}

/// The bits that name a documented flag.
template<operation_filter F>
inline constexpr std::uint16_t documented_flags = std::same_as<F, operation_type_filter> ? 0x0F : 0x7B;

/// All, or a non-empty combination of documented flags.
template<operation_filter F>
constexpr bool is_valid(F f) noexcept
{
    auto const bits = static_cast<std::uint16_t>(f);
    return f == F::All || (bits != 0 && (bits & ~documented_flags<F>) == 0);
}

} // namespace sfmodels::rest

#endif
