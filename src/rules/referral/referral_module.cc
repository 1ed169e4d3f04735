// The referral family: its rules, in one list.
#include "rules/families.h"
#include "rules/referral/incomplete.h"

namespace maillint {

void AddReferralRules(RuleRegistry& registry) {
  registry.Add<ReferralIncompleteRule>();
}

}  // namespace maillint
