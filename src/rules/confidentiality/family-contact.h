// confidentiality.family-contact: another family's phone number or e-mail
// address is written in the body.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_FAMILY_CONTACT_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_FAMILY_CONTACT_H_

#include "lint/rule.h"

namespace maillint {

class FamilyContactRule : public Rule {
 public:
  static RuleInfo Info();
  explicit FamilyContactRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_FAMILY_CONTACT_H_
