// Setting one configuration value by its dotted key, as in
// `X-Maillint-Test-Config: organization.domains=pghschools.org` (fixtures)
// or a command-line `--set key=value`.
#ifndef MAILLINT_SRC_LINT_CONFIG_OVERRIDE_H_
#define MAILLINT_SRC_LINT_CONFIG_OVERRIDE_H_

#include <string_view>

#include "base/status.h"
#include "lint/config.h"

namespace maillint {

// Keys: organization.{name,domains,website,timezone}, turnaround.{hours,
// clock,office_hours,holidays}, proofreading.{languages,words,max_grade},
// confidentiality.{student_id_patterns,max_external_recipients}, fail_on,
// rules.select, rules.severity.<id>, rules.options.<id>.<Option>.
// List values are comma-separated, except student_id_patterns, where each
// setting adds one pattern. Fails with kInvalidArgument naming the
// key on an unknown key or a value of the wrong type.
Status ApplyConfigSetting(Config& config, std::string_view dotted_key,
                          std::string_view value);

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_CONFIG_OVERRIDE_H_
