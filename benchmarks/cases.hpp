#ifndef SFMODELS_BENCHMARKS_CASES_HPP
#define SFMODELS_BENCHMARKS_CASES_HPP

#include "payloads.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace sfmodels::bench {

/** One measured operation: decoding or encoding one payload with one library.
    `check` runs the operation once and says what is wrong with its result
    (empty when it is right); every case is checked before it is timed.
*/
struct bench_case
{
    std::string type;       // the payload's wire type
    std::string library;    // "sfmodels", "nlohmann::json", ...
    std::string operation;  // "decode, reused object", "decode, fresh object", "encode"
    std::size_t bytes = 0;  // the JSON text's size
    std::function<void()> run;
    std::function<std::string()> check;

    std::string name() const { return type + "/" + library + "/" + operation; }
};

std::vector<bench_case>& cases();

inline void add_case(bench_case c) { cases().push_back(std::move(c)); }

// A remark on a payload's cases, printed with its table (keyed by payload type).
void set_note(std::string const& type, std::string text);
std::string note(std::string const& type);

// Each file of cases registers its own; main() calls them all.
void add_sfmodels_cases();              // the seed types
void add_sfmodels_node_list_cases();    // PagedNodeInfoList
void add_sfmodels_cluster_health_cases();
void add_sfmodels_event_list_cases();
void add_boost_json_cases();
void add_boost_json_reused_cases();
void add_nlohmann_cases();
void add_simdjson_cases();
void add_rapidjson_cases();

} // namespace sfmodels::bench

#endif
