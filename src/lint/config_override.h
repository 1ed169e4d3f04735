// Setting one configuration value from a dotted key, as written in
// `--set key=value` flags and in the per-rule fixtures' X-Maillint-Test-Config
// headers (tests/rules/fixture_test.cc).
//
// KEYS
//   The dotted form of .maillint.yml's keys (lint/config_schema.h):
//     organization.domains=pghschools.org,pps.k12.pa.us
//     turnaround.hours=48
//     rules.severity.tone.blame=off
//     rules.options.links.homepage.AllowRoot=true
//     fail_on=warning
//   A rule id contains a dot, so in rules.options.<id>.<Option> the option
//   name is the part after the last dot.
//
// VALUES
//   Scalars are taken as written. A list is written as a YAML flow sequence
//   ("[a, b]") or as comma-separated items ("a,b"); list keys whose items are
//   regular expressions (confidentiality.student_id_patterns) take the whole
//   value as one item unless it is written in brackets. Values are checked
//   like the file's (numbers, severities, enums, RE2 patterns).
//
// ERRORS
//   kInvalidConfig naming the key, with a "did you mean" for a misspelt one.
//   On error `config` is unchanged.
#ifndef MAILLINT_SRC_LINT_CONFIG_OVERRIDE_H_
#define MAILLINT_SRC_LINT_CONFIG_OVERRIDE_H_

#include <string_view>

#include "base/config.h"
#include "base/status.h"

namespace maillint {

// `source` is recorded in Config::sources (and OptionValue::source) for
// `config --dump`.
Status ApplyConfigSetting(Config& config, std::string_view dotted_key,
                          std::string_view value,
                          std::string_view source = "--set");

// Splits "key=value" (the first '=') and applies it.
Status ApplyConfigAssignment(Config& config, std::string_view assignment,
                             std::string_view source = "--set");

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_CONFIG_OVERRIDE_H_
