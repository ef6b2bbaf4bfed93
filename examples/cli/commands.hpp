#ifndef SFMODELS_EXAMPLES_CLI_COMMANDS_HPP
#define SFMODELS_EXAMPLES_CLI_COMMANDS_HPP

#include "command.hpp"

namespace sfmodels_cli {

// Each command lives in its own <name>_command.cpp; main.cpp lists them.
extern command const types_command;
extern command const decode_command;
extern command const request_command;
extern command const operations_command;
extern command const call_command;

} // namespace sfmodels_cli

#endif
