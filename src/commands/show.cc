// `maillint show`: placeholder until its issue lands.
#include <iostream>

#include "commands/command.h"

namespace maillint {

void RegisterShowCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("show");
  cmd->allow_extras();
  cmd->callback([exit_code] {
    std::cerr << "maillint: 'show' is not implemented yet\n";
    *exit_code = kExitUsage;
  });
}

}  // namespace maillint
