// The greeting family: its rules, in one list.
#include "rules/families.h"
#include "rules/greeting/missing.h"

namespace maillint {

void AddGreetingRules(RuleRegistry& registry) {
  registry.Add<MissingGreetingRule>();
}

}  // namespace maillint
