#ifndef SFMODELS_BENCHMARKS_REPORT_HPP
#define SFMODELS_BENCHMARKS_REPORT_HPP

namespace sfmodels::bench {

/** Writes the markdown results table to stdout from Google Benchmark's JSON
    output (`timings`), the callgrind dumps `<callgrind_prefix>.<n>` of a
    --callgrind run and the allocation counts it printed (`allocs`).
*/
int write_report(char const* timings, char const* callgrind_prefix, char const* allocs);

} // namespace sfmodels::bench

#endif
