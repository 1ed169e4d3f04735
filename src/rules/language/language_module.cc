// The language family: its rules, in one list.
#include "rules/families.h"

namespace maillint {

void AddLanguageRules(RuleRegistry& /*registry*/) {}

}  // namespace maillint
