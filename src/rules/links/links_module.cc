// The links family: its rules, in one list.
#include "rules/families.h"

namespace maillint {

void AddLinksRules(RuleRegistry& /*registry*/) {}

}  // namespace maillint
