// `maillint init`: writes a commented starter .maillint.yml in the current
// directory (or --output PATH); never overwrites an existing file.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "base/atomic_file.h"
#include "commands/command.h"

namespace maillint {
namespace {

constexpr const char* kStarter =
    R"(# maillint configuration. Every key is optional; `maillint config --dump`
# shows the effective values and where each came from.

organization:
  name: "Your School District"
  # Mail from these domains (and their subdomains) is internal.
  domains: [example.org]
  website: "https://www.example.org"
  timezone: America/New_York

# Standard S1: reply within this many hours.
turnaround:
  hours: 24
  clock: calendar          # calendar | weekdays | office-hours
  office_hours: "Mon-Fri 08:00-16:30"
  holidays: []             # YYYY-MM-DD

rules:
  packs: [default]         # the district service-standards pack
  paths: []                # your own rule folders, relative to this file
  select: []               # globs, e.g. ["-*", "greeting.*"]
  severity: {}             # e.g. {tone.passive-aggressive: off, courtesy.thanks: warning}
  options: {}              # e.g. {links.homepage: {AllowRoot: true}}

proofreading:
  languages: [en_US]
  words: []                # accepted words (names, programs)
  max_grade: 10

confidentiality:
  student_id_patterns: []  # RE2 patterns for your student ID numbers
  max_external_recipients: 5

fail_on: error             # error | warning | info
)";

int Init(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) {
    std::cerr
        << "maillint: " << path
        << " already exists; not overwriting (remove it or use --output)\n";
    return kExitUsage;
  }
  // Atomic: an interrupted init never leaves half a configuration.
  Result<std::unique_ptr<AtomicFile>> out = AtomicFile::Create(path);
  if (out) {
    (*out)->stream() << kStarter;
  }
  Status written = out ? (*out)->Commit() : out.error();
  if (!written.ok()) {
    std::cerr << "maillint: " << written.message() << "\n";
    return kExitUsage;
  }
  std::cout << "wrote " << path << "\n";
  return kExitOk;
}

}  // namespace

void RegisterInitCommand(CLI::App& app, int* exit_code) {
  auto path = std::make_shared<std::string>(".maillint.yml");
  CLI::App* cmd = app.add_subcommand("init");
  cmd->add_option("-o,--output", *path,
                  "where to write (default .maillint.yml)");
  cmd->callback([path, exit_code] { *exit_code = Init(*path); });
}

}  // namespace maillint
