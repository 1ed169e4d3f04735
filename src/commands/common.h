// Options and set-up shared by the commands that lint messages.
#ifndef MAILLINT_SRC_COMMANDS_COMMON_H_
#define MAILLINT_SRC_COMMANDS_COMMON_H_

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "base/config.h"
#include "base/result.h"
#include "lint/rule_registry.h"

namespace maillint {

struct CommonOptions {
  std::string config_path;  // --config; empty: search upwards
  std::string format = "text";
  std::string output;   // -o; empty: stdout
  std::string fail_on;  // --fail-on; empty: from config (default error)
  std::string rules;    // --rules; empty: the configuration's selection
  int jobs = 0;
  bool quiet = false;
  bool show_sensitive = false;
  std::string color = "auto";  // auto | always | never
};

// Adds --config, --format, -o, --fail-on, --rules, --jobs, --quiet,
// --show-sensitive, --color to `cmd`.
void AddCommonOptions(CLI::App* cmd, CommonOptions* options);

// Loads the configuration (lint/config_loader.h) and applies the flags.
// Prints the error to stderr and returns it on failure (exit 2).
Result<Config> LoadConfigWithFlags(const CommonOptions& options);

// Builds the registry (built-ins + rule packs + config paths) and the rules
// the config selects. Prints errors to stderr.
Result<std::vector<std::unique_ptr<Rule>>> LoadRules(const Config& config,
                                                     RuleRegistry* registry);

// Opens -o FILE or returns std::cout. `holder` keeps the file open. The
// file is a base/atomic_file.h AtomicFile: it replaces FILE only when
// FinishOutput succeeds, so a killed or failed run never leaves a truncated
// report that looks complete.
Result<std::ostream*> OpenOutput(const std::string& path,
                                 std::unique_ptr<AtomicFile>* holder);

// Completes the output once everything is written: commits -o FILE, or
// flushes standard output. A write error (disk full, file size limit,
// closed pipe) is printed to stderr and returned; the caller exits 2.
Status FinishOutput(std::unique_ptr<AtomicFile>* holder);

// True when ANSI colour should be used on `stream_fd` (TTY, no NO_COLOR).
bool UseColor(const std::string& mode, int stream_fd);

}  // namespace maillint

#endif  // MAILLINT_SRC_COMMANDS_COMMON_H_
