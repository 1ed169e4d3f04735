// The keys of .maillint.yml: their types, validation and where they land in
// Config. Shared by the file loader (lint/config_loader.cc) and dotted-key
// overrides (lint/config_override.h) so both accept exactly the same values.
//
//   organization: {name, domains, website, timezone}
//   turnaround:   {hours, clock, office_hours, holidays}
//   rules:        {packs, paths, select, severity: {id: level|off},
//                  options: {id: {Option: value}}}
//   proofreading: {languages, words, max_grade}
//   confidentiality: {student_id_patterns, max_external_recipients}
//   audit:        {weights: ["S5=2"], auto_fail: [S6],
//                  departments: ["@domain=Name", "addr=Name"]}
//   fail_on:      error|warning|info
//
// Errors are returned as kInvalidArgument carrying only the message; the
// caller turns them into kInvalidConfig with file:line:col or the flag.
#ifndef MAILLINT_SRC_LINT_CONFIG_SCHEMA_H_
#define MAILLINT_SRC_LINT_CONFIG_SCHEMA_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/config.h"
#include "base/status.h"

namespace maillint {

// A value as written: a scalar or a sequence of scalars.
struct SettingValue {
  bool is_list = false;
  std::string scalar;
  std::vector<std::string> list;
};

// Where a value comes from: `source` is recorded in Config::sources;
// relative rules.paths are resolved against `base_dir` (empty: as given).
struct SettingOrigin {
  std::string source;
  std::string base_dir;
};

// Top-level keys. Sections ("organization", ...) hold mappings; "fail_on" is
// a scalar.
const std::vector<std::string>& TopLevelKeys();
bool IsSection(std::string_view key);
// The keys of one section, e.g. {"name", "domains", ...}; empty if unknown.
std::vector<std::string> SectionKeys(std::string_view section);
// True for keys whose value is a list (a scalar is then a type error in YAML).
bool IsListSetting(std::string_view section, std::string_view key);
// True for rules.severity and rules.options, which hold mappings by rule id.
bool IsRuleMapSetting(std::string_view section, std::string_view key);

// Validates and stores `section.key` (section "" for top-level scalars).
Status SetSetting(Config& config, std::string_view section,
                  std::string_view key, const SettingValue& value,
                  const SettingOrigin& origin);
// rules.severity.<rule_id> = error|warning|info|off (also "suggestion").
Status SetRuleSeverity(Config& config, std::string_view rule_id,
                       std::string_view level, const SettingOrigin& origin);
// rules.options.<rule_id>.<option> = value.
Status SetRuleOption(Config& config, std::string_view rule_id,
                     std::string_view option, const SettingValue& value,
                     const SettingOrigin& origin);

// "unknown key 'x' in 'rules'; did you mean 'select'?" style text.
std::string UnknownKeyMessage(std::string_view key, std::string_view where,
                              const std::vector<std::string>& known);

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_CONFIG_SCHEMA_H_
