// out-of-office.alternate-contact (S11): an auto-reply that leaves the
// family with nobody to turn to.
#ifndef MAILLINT_SRC_RULES_OUT_OF_OFFICE_ALTERNATE_CONTACT_H_
#define MAILLINT_SRC_RULES_OUT_OF_OFFICE_ALTERNATE_CONTACT_H_

#include "lint/rule.h"

namespace maillint {

// Applies to auto-replies only. Fires once when the body gives no way to
// get help now: no email address other than the sender's, no phone number
// and no link.
class AlternateContactRule : public Rule {
 public:
  static RuleInfo Info();
  explicit AlternateContactRule(const RuleContext&) : Rule(Info()) {}
  bool AppliesTo(const Message& message) const override;
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_OUT_OF_OFFICE_ALTERNATE_CONTACT_H_
