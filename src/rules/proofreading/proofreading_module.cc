// The proofreading family: its rules, in one list.
#include "rules/families.h"
#include "rules/proofreading/placeholder.h"

namespace maillint {

void AddProofreadingRules(RuleRegistry& registry) {
  registry.Add<PlaceholderRule>();
}

}  // namespace maillint
