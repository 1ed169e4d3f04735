// The greeting family: its rules, in one list.
#include "rules/families.h"

namespace maillint {

void AddGreetingRules(RuleRegistry& /*registry*/) {}

}  // namespace maillint
