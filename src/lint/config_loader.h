// Loading .maillint.yml into Config (lint/config.h).
//
// Search order: `explicit_path` if given; else the first .maillint.yml found
// walking up from the current directory; else $XDG_CONFIG_HOME/maillint/
// config.yml (or ~/.config/maillint/config.yml); else built-in defaults.
//
// Every error (bad YAML, unknown key, wrong type) fails with kInvalidConfig
// naming file:line:column, with a "did you mean" for misspelt keys.
#ifndef MAILLINT_SRC_LINT_CONFIG_LOADER_H_
#define MAILLINT_SRC_LINT_CONFIG_LOADER_H_

#include <string>
#include <string_view>

#include "base/config.h"
#include "base/result.h"
#include "lint/rule_registry.h"

namespace maillint {

// Files are read under the limits of lint/yaml_util.h (regular files of
// at most 4 MiB, bounded nesting and alias expansion).
Result<Config> LoadConfig(const std::string& explicit_path);

// The configuration in `text`, as if read from `path` (which names it in
// errors and is the base of relative paths). For tests and fuzzing.
Result<Config> ParseConfig(const std::string& path, std::string_view text);

// Adds the declarative rules of the configured packs and rule paths to
// `registry`. Rules that cannot load are reported as warnings on stderr
// (one per rule, naming it and the reason); malformed rule files in the
// project's own packs fail with kInvalidConfig.
Status AddConfiguredRules(const Config& config, RuleRegistry& registry);

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_CONFIG_LOADER_H_
