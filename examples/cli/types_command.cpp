#include "commands.hpp"

#include <sfmodels/models/type_registry.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstdio>

namespace sfmodels_cli {
namespace {

exit_status run_types(std::span<char const* const> args)
{
    if (!args.empty())
        return usage_error("types takes no arguments");
    boost::mp11::mp_for_each<sfmodels::wire_types>([](auto w) {
        std::fwrite(w.name.data(), 1, w.name.size(), stdout);
        std::fputc('\n', stdout);
    });
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::perror("error: cannot write standard output");
        return exit_status::failure;
    }
    return exit_status::success;
}

} // namespace

command const types_command{
    "types",
    "",
    "list the TYPE names that decode accepts, one per line",
    run_types,
};

} // namespace sfmodels_cli
