#include "commands.hpp"

#include <sfmodels/rest/operation_table.hpp>

#include <algorithm>
#include <cstdio>
#include <string>

namespace sfmodels_cli {
namespace {

// The list comes from operation_table.hpp, which names every operation
// without including a model or an operation: listing them costs nothing.
exit_status run_operations(std::span<char const* const> args)
{
    if (!args.empty())
        return usage_error("operations takes no arguments");

    std::size_t name_width = 0;
    for (auto const& op : sfmodels::rest::operation_table)
        name_width = std::max(name_width, op.name.size());

    std::string out;
    for (auto const& op : sfmodels::rest::operation_table) {
        out.append(op.name);
        out.append(name_width + 2 - op.name.size(), ' ');
        out.append(op.method);
        out.append(8 - op.method.size(), ' ');
        out.append(op.path);
        out += '\n';
    }
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
        std::perror("error: cannot write standard output");
        return exit_status::failure;
    }
    return exit_status::success;
}

} // namespace

command const operations_command{
    "operations",
    "",
    "list every operation of the specification, one per line: the OPERATION name\n"
    "that request accepts, its HTTP method and its path template",
    run_operations,
};

} // namespace sfmodels_cli
