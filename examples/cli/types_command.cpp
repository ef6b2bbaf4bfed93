#include "commands.hpp"

#include <sfmodels/models/definitions.hpp>

#include <algorithm>
#include <cstdio>
#include <string>

namespace sfmodels_cli {
namespace {

// The list comes from definitions.hpp, which names every definition and its
// area without including a single model: listing them costs no codec.
exit_status run_types(std::span<char const* const> args)
{
    if (!args.empty())
        return usage_error("types takes no arguments");

    std::size_t width = 0;
    for (auto const& d : sfmodels::models::definitions)
        width = std::max(width, d.name.size());

    std::string out;
    for (auto const& d : sfmodels::models::definitions) {
        out.append(d.name);
        out.append(width + 2 - d.name.size(), ' ');
        out.append(d.area);
        out += '\n';
    }
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
        std::perror("error: cannot write standard output");
        return exit_status::failure;
    }
    return exit_status::success;
}

} // namespace

command const types_command{
    "types",
    "",
    "list every definition of the specification, one per line: the TYPE name that\n"
    "decode accepts, then the area whose header (sfmodels/models/AREA.hpp) declares it",
    run_types,
};

} // namespace sfmodels_cli
