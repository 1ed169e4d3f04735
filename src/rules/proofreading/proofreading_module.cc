// The proofreading family: its rules, in one list.
#include "rules/families.h"
#include "rules/proofreading/spelling.h"

namespace maillint {

void AddProofreadingRules(RuleRegistry& registry) {
  registry.Add<SpellingRule>();
}

}  // namespace maillint
