// The proofreading family: its rules, in one list.
#include "rules/families.h"

namespace maillint {

void AddProofreadingRules(RuleRegistry& /*registry*/) {}

}  // namespace maillint
