#include "commands.hpp"

#include <sfmodels/dynamic/operation_table.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace sfmodels_cli {
namespace {

namespace dynamic = sfmodels::dynamic;
namespace rest = sfmodels::rest;

exit_status fail(std::string_view what)
{
    std::fprintf(stderr, "error: %.*s\n", int(what.size()), what.data());
    return exit_status::failure;
}

// Edits between a and b, ignoring ASCII case: how close a misspelt name is.
std::size_t distance(std::string_view a, std::string_view b)
{
    auto const lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t const up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (lower(a[i - 1]) != lower(b[j - 1]))});
            diagonal = up;
        }
    }
    return row[b.size()];
}

std::string unknown_operation(std::string_view name)
{
    std::string out = "unknown OPERATION '" + std::string(name) + "'";
    dynamic::operation_entry const* best = nullptr;
    std::size_t best_distance = name.size() / 3 + 1;   // suggest only a near miss
    for (auto const& e : dynamic::operation_table())
        if (std::size_t const d = distance(name, e.name); d < best_distance) {
            best = &e;
            best_distance = d;
        }
    if (best)
        out += ": did you mean " + std::string(best->name) + "?";
    return out + " (`sfmodels operations` lists them)";
}

exit_status run_request(std::span<char const* const> args)
{
    if (args.empty())
        return usage_error("request needs an OPERATION (`sfmodels operations` lists them)");
    dynamic::operation_entry const* const op = dynamic::find_operation(args[0]);
    if (!op)
        return usage_error(unknown_operation(args[0]));
    std::vector<rest::named_value> params;
    for (std::string_view a : args.subspan(1)) {
        auto const eq = a.find('=');
        if (eq == std::string_view::npos || eq == 0)
            return fail("'" + std::string(a) + "' is not NAME=VALUE");
        params.push_back({a.substr(0, eq), a.substr(eq + 1)});
    }
    dynamic::built_request request;
    if (dynamic::build_error const e = op->build(params, request))
        return fail(e.message());

    std::string out = request.method + ' ' + request.target + '\n';
    for (auto const& [name, value] : request.headers)
        out += name + ": " + value + '\n';
    if (!request.body.empty())
        out += request.body + '\n';
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0)
        return fail(std::string("cannot write standard output: ") + std::strerror(errno));
    return exit_status::success;
}

} // namespace

command const request_command{
    "request",
    "OPERATION [NAME=VALUE...]",
    "print the HTTP request line (METHOD target) of any REST operation, its header\n"
    "parameters (Name: value) and its JSON body if it has one; NAMEs as in the\n"
    "specification (serviceId, partitionId, OperationId, timeout, ...), serviceId and\n"
    "applicationId as an id or a fabric: name, a body as its JSON",
    run_request,
};

} // namespace sfmodels_cli
