// The greeting family (S2, S7): its rules, in one list.
#include "rules/families.h"
#include "rules/greeting/generic.h"
#include "rules/greeting/name_mismatch.h"

namespace maillint {

void AddGreetingRules(RuleRegistry& registry) {
  registry.Add<GenericGreetingRule>();
  registry.Add<NameMismatchRule>();
}

}  // namespace maillint
