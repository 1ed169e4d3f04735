// Rule packs: folders of declarative rule files added to the registry.
//
// LAYOUT
//   A rule folder holds family folders (<dir>/<family>/<name>.yml, like the
//   bundled rules/), or is itself one family folder (a Vale style such as
//   styles/write-good/*.yml: family "write-good"). Files are read in sorted
//   order; .yml and .yaml count.
//
// PACKS
//   rules.packs names bundled packs; "default" is the district pack, found
//   at $MAILLINT_RULES_DIR, else <binary>/../share/maillint/rules, else the
//   source tree's rules/. rules.paths adds folders (already absolute).
//
// OUTCOMES
//   Rules that cannot load (unsupported Vale kinds, patterns RE2 cannot
//   compile) are skipped with one warning each, naming the rule and the
//   reason. Malformed files fail with kInvalidConfig (file:line:col), and
//   so do unreadable folders and entries named *.yml/*.yaml that are not
//   regular files (symlink loops, dangling links, FIFOs, devices): a pack
//   never loads silently empty. Only two levels are read (folder, family
//   folder), so a link back to a parent cannot loop. After
//   loading, rule ids named in rules.severity and rules.options must exist
//   and options must be ones the rule reads; otherwise kInvalidConfig at the
//   config line, with a "did you mean".
#ifndef MAILLINT_SRC_LINT_RULE_PACK_H_
#define MAILLINT_SRC_LINT_RULE_PACK_H_

#include <string>
#include <vector>

#include "base/config.h"
#include "base/status.h"
#include "lint/rule_file.h"
#include "lint/rule_registry.h"

namespace maillint {

// The folder of the bundled "default" pack.
std::string DefaultPackDir();

// The documentation page of rule `id`: doc/rules/<family>/<name>.md next to
// the default pack's folder (it may not exist).
std::string RuleDocPath(const std::string& id);

// Reads every rule file under `dirs` and adds the rules to `registry`, all
// sharing one pattern index. Skip warnings are appended to `warnings` as
// "<file>: rule <id> skipped: <reason>".
Status AddRuleFolders(const std::vector<std::string>& dirs,
                      RuleRegistry& registry,
                      std::vector<std::string>* warnings);

// Compiles `specs` (read by ReadRuleFile) with one shared pattern index
// and adds them to `registry`; `where` names them when the patterns
// together exceed the set budget (lint/pattern_set.h).
Status AddRuleSpecs(std::vector<RuleSpec> specs, const std::string& where,
                    RuleRegistry& registry);

// The packs and paths of `config` (warnings printed to stderr), then the
// config's references to rule ids and options are checked.
Status AddRulePacks(const Config& config, RuleRegistry& registry);

// Checks rules.severity / rules.options against `registry`.
Status CheckRuleReferences(const Config& config, const RuleRegistry& registry);

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_RULE_PACK_H_
