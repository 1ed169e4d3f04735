// The turnaround family: its rules, in one list.
#include "rules/families.h"

namespace maillint {

void AddTurnaroundRules(RuleRegistry& /*registry*/) {}

}  // namespace maillint
