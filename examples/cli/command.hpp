#ifndef SFMODELS_EXAMPLES_CLI_COMMAND_HPP
#define SFMODELS_EXAMPLES_CLI_COMMAND_HPP

#include <span>
#include <string_view>

namespace sfmodels_cli {

/// The process exit status of a command.
enum exit_status : int
{
    success = 0,
    failure = 1,   ///< bad input or an I/O error; one "error: ..." line went to stderr
    usage = 2,     ///< bad arguments; the reason went to stderr, main() adds the usage text
};

/** One subcommand of the `sfmodels` tool.

    A command gets the arguments after its name. It writes its result to
    stdout and its complaints to stderr; on a usage error it only says what
    was wrong and returns exit_status::usage.
*/
struct command
{
    std::string_view name;
    std::string_view arguments;   ///< e.g. "TYPE [FILE]"
    std::string_view summary;     ///< one or more lines, without a final newline
    exit_status (*run)(std::span<char const* const> args);
};

/// Writes "sfmodels: <what>" and a newline to stderr; returns exit_status::usage.
exit_status usage_error(std::string_view what);

} // namespace sfmodels_cli

#endif
