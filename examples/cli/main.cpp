// sfmodels: Service Fabric REST bodies on the command line, through the
// sfmodels library. `sfmodels --help` lists the commands.

#include "command.hpp"
#include "commands.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>

namespace sfmodels_cli {
namespace {

// To add a command, define it in its own file and list it here.
constexpr std::array commands{&types_command, &decode_command, &operations_command, &request_command
#if SFMODELS_CLI_CALL
                               ,
                               &call_command
#endif
};

void print_usage(std::FILE* out)
{
    std::fputs("usage: sfmodels COMMAND [ARGUMENTS]\n"
               "       sfmodels --help\n"
               "\n"
               "commands:\n",
               out);
    for (command const* c : commands) {
        std::fprintf(out, "  %.*s%s%.*s\n", int(c->name.size()), c->name.data(), c->arguments.empty() ? "" : " ",
                     int(c->arguments.size()), c->arguments.data());
        std::string_view summary = c->summary;
        while (!summary.empty()) {
            std::string_view const line = summary.substr(0, summary.find('\n'));
            std::fprintf(out, "      %.*s\n", int(line.size()), line.data());
            summary.remove_prefix(std::min(summary.size(), line.size() + 1));
        }
    }
    std::fputs("\n"
               "exit status: 0 on success, 1 on invalid input or an I/O error, 2 on a usage error\n",
               out);
}

int run(std::span<char const* const> args)
{
    if (args.empty()) {
        print_usage(stderr);
        return exit_status::usage;
    }
    std::string_view const name = args[0];
    if (name == "--help" || name == "-h") {
        print_usage(stdout);
        return std::fflush(stdout) == 0 ? exit_status::success : exit_status::failure;
    }
    auto const it = std::find_if(commands.begin(), commands.end(),
                                 [&](command const* c) { return c->name == name; });
    exit_status const status = it == commands.end()
                                   ? usage_error(std::string("unknown command '").append(name) + "'")
                                   : (*it)->run(args.subspan(1));
    if (status == exit_status::usage) {
        std::fputc('\n', stderr);
        print_usage(stderr);
    }
    return status;
}

} // namespace

exit_status usage_error(std::string_view what)
{
    std::fprintf(stderr, "sfmodels: %.*s\n", int(what.size()), what.data());
    return exit_status::usage;
}

} // namespace sfmodels_cli

int main(int argc, char** argv)
{
    return sfmodels_cli::run(std::span<char const* const>(argv, static_cast<std::size_t>(argc)).subspan(
        argc > 0 ? 1 : 0));
}
