// referral.incomplete (S10): sending a family elsewhere without saying who
// and how to reach them.
#ifndef MAILLINT_SRC_RULES_REFERRAL_INCOMPLETE_H_
#define MAILLINT_SRC_RULES_REFERRAL_INCOMPLETE_H_

#include "lint/rule.h"

namespace maillint {

// For each referral in the author's text ("please contact", "you will need
// to talk to", "reach out to", "check with" ...), looks at what follows it:
// it fires when the object is vague ("someone", "them", "the office", "your
// school") or when its paragraph gives no email address, phone number or
// link. Referrals to the writer ("contact me") are not referrals.
class ReferralIncompleteRule : public Rule {
 public:
  static RuleInfo Info();
  explicit ReferralIncompleteRule(const RuleContext&) : Rule(Info()) {}
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_REFERRAL_INCOMPLETE_H_
