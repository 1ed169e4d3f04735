// signature.incomplete (S14): staff mail whose sign-off does not identify
// the writer by name, role and a way to reach them.
#ifndef MAILLINT_SRC_RULES_SIGNATURE_INCOMPLETE_H_
#define MAILLINT_SRC_RULES_SIGNATURE_INCOMPLETE_H_

#include "lint/rule.h"

namespace maillint {

// The signature block is the anatomy's signature segments, else the last
// lines of the author's text after a sign-off line ("Best regards,",
// "Saludos,"). Checks only mail to an external audience from a sender
// inside the organization (when domains are configured). Fires once, at
// the block (or the message when there is none), naming what is missing:
// a name, a role (title, office or school) or a contact (phone, email,
// link).
class SignatureIncompleteRule : public Rule {
 public:
  static RuleInfo Info();
  explicit SignatureIncompleteRule(const RuleContext&) : Rule(Info()) {}
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_SIGNATURE_INCOMPLETE_H_
