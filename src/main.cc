// maillint: flags -> subcommand table -> exit code. Nothing else lives here;
// each command's body is in src/commands/.
#include <CLI/CLI.hpp>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "base/allocator.h"
#include "base/text.h"
#include "commands/command.h"
#include "version.h"

namespace maillint {
namespace {

const Command kCommands[] = {
    {"check", "check messages, mailboxes and folders (default)",
     &RegisterCheckCommand},
    {"audit", "audit a department mailbox: threads, turnaround, statistics",
     &RegisterAuditCommand},
    {"filter", "mail gateway hook: stdin to stdout with X-Maillint-* headers",
     &RegisterFilterCommand},
    {"milter", "outbound mail gateway: a milter daemon",
     &RegisterMilterCommand},
    {"show",
     "print a message with its parts (new text, quote, signature) marked",
     &RegisterShowCommand},
    {"rules", "list, show and test rules", &RegisterRulesCommand},
    {"config", "print the effective configuration", &RegisterConfigCommand},
    {"init", "write a commented .maillint.yml", &RegisterInitCommand},
};

bool IsCommandName(const char* arg) {
  for (const Command& c : kCommands) {
    if (std::strcmp(arg, c.name) == 0) return true;
  }
  return false;
}

// `maillint PATH...` means `maillint check PATH...`: insert "check" unless the
// first argument names a command or is a top-level flag.
std::vector<std::string> WithDefaultCommand(int argc, char** argv) {
  std::vector<std::string> args(argv, argv + argc);
  if (argc < 2) return args;
  std::string first = args[1];
  bool top_level_flag =
      first == "-h" || first == "--help" || first == "--version";
  if (!IsCommandName(first.c_str()) && !top_level_flag) {
    args.insert(args.begin() + 1, "check");
  }
  return args;
}

std::string UnknownCommandHint(const std::string& name) {
  std::vector<std::string> names;
  for (const Command& c : kCommands) names.push_back(c.name);
  std::string hint = ClosestMatch(name, names);
  return hint.empty() ? "" : " (did you mean '" + hint + "'?)";
}

}  // namespace
}  // namespace maillint

int main(int argc, char** argv) {
  using namespace maillint;
  TuneAllocator();
  CLI::App app{
      "maillint: lint email replies against customer-service standards"};
  app.set_version_flag("--version",
                       std::string("maillint ") + kMaillintVersion);
  app.require_subcommand(0, 1);
  int exit_code = kExitOk;
  for (const Command& c : kCommands) c.add(app, &exit_code);
  for (CLI::App* sub : app.get_subcommands({})) {
    for (const Command& c : kCommands) {
      if (sub->get_name() == c.name) sub->description(c.description);
    }
  }

  std::vector<std::string> args = WithDefaultCommand(argc, argv);
  // A bare word that is neither a command nor an existing path is probably a
  // misspelt command: say so instead of "cannot open".
  if (argc >= 2 && !IsCommandName(argv[1]) && argv[1][0] != '-' &&
      std::string(argv[1]) != "-" && !CLI::ExistingPath(argv[1]).empty()) {
    std::string hint = UnknownCommandHint(argv[1]);
    if (!hint.empty()) {
      std::cerr << "maillint: '" << argv[1]
                << "' is neither a command nor a file" << hint << "\n";
      return kExitUsage;
    }
  }
  std::vector<const char*> cargs;
  for (const std::string& a : args) cargs.push_back(a.c_str());
  try {
    app.parse(static_cast<int>(cargs.size()), const_cast<char**>(cargs.data()));
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  return exit_code;
}
