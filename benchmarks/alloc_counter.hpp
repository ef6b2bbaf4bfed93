#ifndef SFMODELS_BENCHMARKS_ALLOC_COUNTER_HPP
#define SFMODELS_BENCHMARKS_ALLOC_COUNTER_HPP

#include <cstdint>

namespace sfmodels::bench {

// Heap allocations made so far through global operator new (replaced in alloc_counter.cpp).
std::uint64_t allocations() noexcept;

} // namespace sfmodels::bench

#endif
