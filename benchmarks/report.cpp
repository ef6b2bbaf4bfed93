#include "report.hpp"

#include "cases.hpp"
#include "payloads.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#ifndef SFMODELS_BENCH_FLAGS
#define SFMODELS_BENCH_FLAGS "?"
#endif

namespace sfmodels::bench {

namespace {

struct measured
{
    std::optional<double> ns;            // time per operation
    std::optional<double> bytes_per_s;
    std::optional<double> instructions;  // per operation, harness subtracted
    std::optional<double> allocs;        // per operation
};

struct reference_figure
{
    char const* what;
    double data_loss, backup, list;
};

// The figures the issue gives, measured on this machine type with g++ 12 -O2.
constexpr reference_figure glaze_decode{"glaze 6.4 decode", 1329, 2414, 680000};
constexpr reference_figure glaze_encode{"glaze 6.4 encode", 694, 1440, 506000};

std::string read_text(std::filesystem::path const& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string first_line_with(std::string const& file, std::string const& key)
{
    std::istringstream in(read_text(file));
    for (std::string line; std::getline(in, line);)
        if (line.rfind(key, 0) == 0)
            return line.substr(key.size());
    return {};
}

std::string fixed(std::optional<double> v, int decimals = 0)
{
    if (!v)
        return "–";
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, *v);
    // thousands separators for the integer part
    std::string s = text;
    std::size_t const dot = s.find('.');
    std::size_t end = dot == std::string::npos ? s.size() : dot;
    std::size_t const first = s[0] == '-' ? 1 : 0;
    for (std::size_t i = end; i > first + 3; i -= 3)
        s.insert(i - 3, ",");
    return s;
}

std::string time_text(std::optional<double> ns)
{
    if (!ns)
        return "–";
    if (*ns >= 1e6)
        return fixed(*ns / 1e6, 2) + " ms";
    if (*ns >= 1e3)
        return fixed(*ns / 1e3, 2) + " µs";
    return fixed(*ns, 0) + " ns";
}

std::string rate_text(std::optional<double> bps)
{
    return bps ? fixed(*bps / 1e6, 0) + " MB/s" : "–";
}

std::string cpu_model()
{
    std::string const line = first_line_with("/proc/cpuinfo", "model name\t: ");
    return line.empty() ? "unknown CPU" : line;
}

using results = std::map<std::string, measured>;

// One payload's table: every library and operation measured on it, sfmodels
// first; with the glaze figures when there are some (nonzero).
void print_payload_table(results const& by_name, payload const& p, double glaze_decode, double glaze_encode)
{
    std::printf("### %s: %s (%zu bytes)\n\n", p.type.c_str(), p.label.c_str(), p.json.size());
    if (std::string const n = note(p.type); !n.empty())
        std::printf("%s.\n\n", n.c_str());
    std::printf("| library | operation | instructions/op |%s time/op | throughput | allocs/op |\n",
                glaze_decode != 0 ? " vs glaze 6.4 |" : "");
    std::printf("|---|---|---:|%s---:|---:|---:|\n", glaze_decode != 0 ? "---:|" : "");
    std::vector<std::pair<std::string, measured>> rows;
    for (auto const& [name, v] : by_name)
        if (name.rfind(p.type + "/", 0) == 0)
            rows.emplace_back(name.substr(p.type.size() + 1), v);
    auto rank = [](std::string const& row) {
        static char const* const order[] = {"sfmodels/decode, reused", "sfmodels/decode, fresh", "sfmodels/encode",
                                            "sfmodels basic_parser",   "Boost.JSON parse",       "Boost.JSON reused",
                                            "simdjson",                "RapidJSON",              "nlohmann"};
        for (std::size_t i = 0; i < std::size(order); ++i)
            if (row.rfind(order[i], 0) == 0)
                return i;
        return std::size(order);
    };
    std::stable_sort(rows.begin(), rows.end(), [&](auto const& a, auto const& b) { return rank(a.first) < rank(b.first); });
    for (auto const& [rest, v] : rows) {
        std::size_t const slash = rest.find('/');
        std::string const library = rest.substr(0, slash), operation = rest.substr(slash + 1);
        std::string versus;
        if (glaze_decode != 0) {
            if (library == "sfmodels" && operation == "decode, reused object" && v.instructions)
                versus = fixed(glaze_decode) + " (" + fixed(*v.instructions / glaze_decode, 2) + "×)";
            else if (library == "sfmodels" && operation == "encode" && v.instructions)
                versus = fixed(glaze_encode) + " (" + fixed(*v.instructions / glaze_encode, 2) + "×)";
            versus = " " + versus + " |";
        }
        std::printf("| %s | %s | %s |%s %s | %s | %s |\n", library.c_str(), operation.c_str(),
                    fixed(v.instructions).c_str(), versus.c_str(), time_text(v.ns).c_str(),
                    rate_text(v.bytes_per_s).c_str(), fixed(v.allocs, 1).c_str());
    }
    std::printf("\n");
}

} // namespace

int write_report(char const* timings, char const* callgrind_prefix, char const* allocs)
{
    results by_name;

    boost::json::value const t = boost::json::parse(read_text(timings));
    for (auto const& b : t.at("benchmarks").as_array()) {
        auto const& o = b.as_object();
        measured& m = by_name[std::string(o.at("name").as_string())];
        double scale = 1;
        std::string_view const unit = o.at("time_unit").as_string();
        if (unit == "us")
            scale = 1e3;
        else if (unit == "ms")
            scale = 1e6;
        // wall-clock time: on a shared VM the CPU-time clock under-counts
        double const real = o.at("real_time").to_number<double>(), cpu = o.at("cpu_time").to_number<double>();
        m.ns = real * scale;
        if (auto const* r = o.if_contains("bytes_per_second"); r && real > 0)
            m.bytes_per_s = r->to_number<double>() * cpu / real;
    }

    // callgrind dumps: "desc: Trigger: Client Request: <name>|<runs>" and "totals: <Ir>"
    std::map<std::string, double> per_op;
    std::filesystem::path const prefix(callgrind_prefix);
    for (auto const& entry : std::filesystem::directory_iterator(prefix.parent_path())) {
        std::string const file = entry.path().string();
        if (file.rfind(prefix.string() + ".", 0) != 0)
            continue;
        std::string const label = first_line_with(file, "desc: Trigger: Client Request: ");
        std::string const totals = first_line_with(file, "totals: ");
        std::size_t const bar = label.rfind('|');
        if (bar == std::string::npos || totals.empty())
            continue;
        per_op[label.substr(0, bar)] = std::stod(totals) / std::stod(label.substr(bar + 1));
    }
    double const harness = per_op.count("harness/harness/empty") ? per_op["harness/harness/empty"] : 0;
    for (auto const& [name, ir] : per_op)
        by_name[name].instructions = ir - harness;

    std::istringstream alloc_lines(read_text(allocs));
    for (std::string line; std::getline(alloc_lines, line);) {
        std::size_t const a = line.find('\t'), b = line.rfind('\t');
        if (a != std::string::npos && b != a)
            by_name[line.substr(0, a)].allocs = std::stod(line.substr(b + 1));
    }

    std::printf("# sfmodels benchmark results\n\n");
    std::printf("- Machine: %s, %u hardware threads (shared with other work while measured)\n", cpu_model().c_str(),
                std::thread::hardware_concurrency());
    std::string flags = SFMODELS_BENCH_FLAGS;
    flags.erase(0, flags.find_first_not_of(' '));
    std::printf("- Compiler: g++ %s, flags `%s`\n", __VERSION__, flags.c_str());
    std::printf("- Instructions: callgrind `Ir` per operation over repeated runs between client requests, the "
                "harness's own %.0f instructions per call subtracted. This is the stable measure.\n",
                harness);
    std::printf("- Times and MB/s: Google Benchmark wall-clock time per operation; the machine is shared, so read "
                "them as indications only.\n");
    std::printf("- Allocations: calls of the global operator new per operation, counted.\n\n");

    struct seed_payload
    {
        payload const& p;
        double glaze_decode, glaze_encode;
    };
    seed_payload const seeds[] = {{data_loss_completed(), glaze_decode.data_loss, glaze_encode.data_loss},
                                  {backup_success(), glaze_decode.backup, glaze_encode.backup},
                                  {operation_list(), glaze_decode.list, glaze_encode.list}};
    std::printf("## Standing against glaze 6.4\n\n");
    std::printf("Instructions per operation, sfmodels against the issue's glaze 6.4 figures (g++ 12, -O2, this "
                "machine type); decode is into a reused object.\n\n");
    std::printf("| payload | operation | sfmodels | glaze 6.4 | ratio | fewer than glaze | allocs/op |\n");
    std::printf("|---|---|---:|---:|---:|---|---:|\n");
    for (seed_payload const& m : seeds)
        for (auto [operation, glaze] : {std::pair<char const*, double>{"decode, reused object", m.glaze_decode},
                                        std::pair<char const*, double>{"encode", m.glaze_encode}}) {
            measured const& v = by_name[m.p.type + "/sfmodels/" + operation];
            std::string const ratio = v.instructions ? fixed(*v.instructions / glaze, 2) + "×" : "–";
            char const* const met = !v.instructions ? "not measured" : *v.instructions < glaze ? "yes" : "**no**";
            std::printf("| %s (%zu B) | %s | %s | %s | %s | %s | %s |\n", m.p.type.c_str(), m.p.json.size(), operation,
                        fixed(v.instructions).c_str(), fixed(glaze).c_str(), ratio.c_str(), met,
                        fixed(v.allocs, 1).c_str());
        }
    std::printf("\n## The reference payloads\n\n");
    std::printf("glaze 6.4 column: the issue's reference instruction counts for glaze on this machine type "
                "(decode into a reused object, or encode); ratio = sfmodels ÷ glaze, below 1 means fewer "
                "instructions than glaze.\n\n");
    for (seed_payload const& m : seeds)
        print_payload_table(by_name, m.p, m.glaze_decode, m.glaze_encode);

    std::printf("## The API's heavy responses\n\n");
    std::printf("Every peer decodes into the same sfmodels structs and is checked against sfmodels' basic_parser "
                "decoder before it is timed; throughput is the payload's bytes (for encode, the bytes "
                "written) per second.\n\n");
    for (payload const& p : heavy_payloads())
        print_payload_table(by_name, p, 0, 0);

    std::printf("## Every documented type, sfmodels\n\n");
    std::printf("| type | payload | bytes | decode, reused: instructions | allocs | decode, fresh: instructions | "
                "allocs | encode: instructions | allocs | decode, reused: time |\n");
    std::printf("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (payload const& p : all_payloads()) {
        auto get = [&](char const* op) {
            auto it = by_name.find(p.type + "/sfmodels/" + op);
            return it == by_name.end() ? measured{} : it->second;
        };
        measured const reused = get("decode, reused object"), fresh = get("decode, fresh object"),
                       encode = get("encode");
        std::printf("| %s | %s | %zu | %s | %s | %s | %s | %s | %s | %s |\n", p.type.c_str(), p.label.c_str(),
                    p.json.size(), fixed(reused.instructions).c_str(), fixed(reused.allocs, 1).c_str(),
                    fixed(fresh.instructions).c_str(), fixed(fresh.allocs, 1).c_str(),
                    fixed(encode.instructions).c_str(), fixed(encode.allocs, 1).c_str(), time_text(reused.ns).c_str());
    }
    return 0;
}

} // namespace sfmodels::bench
