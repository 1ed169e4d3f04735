// `maillint audit`: placeholder until its issue lands.
#include <iostream>

#include "commands/command.h"

namespace maillint {

void RegisterAuditCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("audit");
  cmd->allow_extras();
  cmd->callback([exit_code] {
    std::cerr << "maillint: 'audit' is not implemented yet\n";
    *exit_code = kExitUsage;
  });
}

}  // namespace maillint
