// sfmodels_bench: every case of cases.hpp, checked, then
//   (no mode)                   timed by Google Benchmark, allocations counted per operation;
//   --callgrind [FILTER]        each case run N times between callgrind client requests
//                               (run under valgrind --tool=callgrind --collect-atstart=no),
//                               one dump per case; also prints allocations per operation;
//   --report TIMINGS CALLGRIND_OUT ALLOCS   the markdown results table (see report.hpp).

#include "alloc_counter.hpp"
#include "cases.hpp"
#include "report.hpp"

#include <benchmark/benchmark.h>
#include <valgrind/callgrind.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace sfmodels::bench {

std::vector<bench_case>& cases()
{
    static std::vector<bench_case> all;
    return all;
}

namespace {

std::map<std::string, std::string>& notes()
{
    static std::map<std::string, std::string> all;
    return all;
}

} // namespace

void set_note(std::string const& type, std::string text) { notes()[type] = std::move(text); }

std::string note(std::string const& type)
{
    auto const it = notes().find(type);
    return it == notes().end() ? std::string() : it->second;
}

namespace {

void add_all_cases()
{
    add_sfmodels_cases();
    add_sfmodels_node_list_cases();
    add_sfmodels_cluster_health_cases();
    add_sfmodels_event_list_cases();
    add_boost_json_cases();
    add_boost_json_reused_cases();
    add_nlohmann_cases();
    add_simdjson_cases();
    add_rapidjson_cases();
}

bool check_all()
{
    bool ok = true;
    for (bench_case const& c : cases())
        if (std::string const problem = c.check(); !problem.empty()) {
            std::fprintf(stderr, "%s: %s\n", c.name().c_str(), problem.c_str());
            ok = false;
        }
    return ok;
}

void timed(benchmark::State& state, bench_case const& c)
{
    std::uint64_t const before = allocations();
    for (auto _ : state)
        c.run();
    std::uint64_t const after = allocations();
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
    state.counters["allocs/op"] = benchmark::Counter(static_cast<double>(after - before) / state.iterations());
}

// Repetitions under callgrind: enough for a stable count, few for big payloads.
std::size_t callgrind_iterations(std::size_t bytes)
{
    std::size_t const n = 200000 / (bytes + 1);
    return n < 3 ? 3 : n > 200 ? 200 : n;
}

int run_callgrind(char const* filter)
{
    // the same loop with nothing in it: the harness's own cost, subtracted in the report
    bench_case empty{"harness", "harness", "empty", 1, [] {}, [] { return std::string(); }};
    std::vector<bench_case const*> selected{&empty};
    for (bench_case const& c : cases())
        if (!filter || c.name().find(filter) != std::string::npos)
            selected.push_back(&c);
    for (bench_case const* c : selected) {
        std::size_t const n = callgrind_iterations(c->bytes);
        c->run();   // warm: a reused object takes its final shape
        c->run();
        std::uint64_t const before = allocations();
        CALLGRIND_ZERO_STATS;
        CALLGRIND_TOGGLE_COLLECT;
        for (std::size_t i = 0; i < n; ++i)
            c->run();
        CALLGRIND_TOGGLE_COLLECT;
        std::uint64_t const made = allocations() - before;
        std::string const label = c->name() + "|" + std::to_string(n);
        CALLGRIND_DUMP_STATS_AT(label.c_str());
        std::printf("%s\t%zu\t%.2f\n", c->name().c_str(), n, static_cast<double>(made) / static_cast<double>(n));
    }
    return 0;
}

} // namespace

} // namespace sfmodels::bench

int main(int argc, char** argv)
{
    using namespace sfmodels::bench;
    add_all_cases();
    if (argc >= 2 && std::strcmp(argv[1], "--report") == 0) {
        if (argc != 5) {
            std::fprintf(stderr, "usage: %s --report TIMINGS.json CALLGRIND_PREFIX ALLOCS.tsv\n", argv[0]);
            return 2;
        }
        return write_report(argv[2], argv[3], argv[4]);
    }
    if (!check_all())
        return 1;
    if (argc >= 2 && std::strcmp(argv[1], "--callgrind") == 0)
        return run_callgrind(argc >= 3 ? argv[2] : nullptr);
    for (bench_case const& c : cases())
        benchmark::RegisterBenchmark(c.name().c_str(), [&c](benchmark::State& s) { timed(s, c); });
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
