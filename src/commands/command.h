// The subcommand table's contract (main.cc lists every command once).
//
// Each command file defines one Register<Name>Command function that adds a
// CLI11 subcommand with its options and a callback. The callback stores the
// process exit code in `*exit_code`: 0 clean, 1 findings at or above the fail
// level (or unreadable input), 2 usage or configuration error. `filter` only
// ever exits 0 or 75 (see commands/filter.cc).
#ifndef MAILLINT_SRC_COMMANDS_COMMAND_H_
#define MAILLINT_SRC_COMMANDS_COMMAND_H_

#include <CLI/CLI.hpp>

namespace maillint {

enum ExitCode {
  kExitOk = 0,
  kExitFindings = 1,
  kExitUsage = 2,
  kExitTempFail = 75,  // EX_TEMPFAIL: the MTA retries later
};

using RegisterCommand = void (*)(CLI::App& app, int* exit_code);

struct Command {
  const char* name;
  const char* description;
  RegisterCommand add;
};

void RegisterCheckCommand(CLI::App& app, int* exit_code);
void RegisterAuditCommand(CLI::App& app, int* exit_code);
void RegisterFilterCommand(CLI::App& app, int* exit_code);
void RegisterMilterCommand(CLI::App& app, int* exit_code);
void RegisterShowCommand(CLI::App& app, int* exit_code);
void RegisterRulesCommand(CLI::App& app, int* exit_code);
void RegisterConfigCommand(CLI::App& app, int* exit_code);
void RegisterInitCommand(CLI::App& app, int* exit_code);

}  // namespace maillint

#endif  // MAILLINT_SRC_COMMANDS_COMMAND_H_
