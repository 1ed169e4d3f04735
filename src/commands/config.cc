// `maillint config`: placeholder until its issue lands.
#include <iostream>

#include "commands/command.h"

namespace maillint {

void RegisterConfigCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("config");
  cmd->allow_extras();
  cmd->callback([exit_code] {
    std::cerr << "maillint: 'config' is not implemented yet\n";
    *exit_code = kExitUsage;
  });
}

}  // namespace maillint
