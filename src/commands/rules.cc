// `maillint rules`: placeholder until its issue lands.
#include <iostream>

#include "commands/command.h"

namespace maillint {

void RegisterRulesCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("rules");
  cmd->allow_extras();
  cmd->callback([exit_code] {
    std::cerr << "maillint: 'rules' is not implemented yet\n";
    *exit_code = kExitUsage;
  });
}

}  // namespace maillint
