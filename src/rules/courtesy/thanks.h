// courtesy.thanks (S7): a reply to a family that never thanks them.
#ifndef MAILLINT_SRC_RULES_COURTESY_THANKS_H_
#define MAILLINT_SRC_RULES_COURTESY_THANKS_H_

#include "lint/rule.h"

namespace maillint {

// Fires once (message-level) for a reply with an external audience whose
// own text (greeting, new text, closing) has no thank-you in any language
// (vocab `thanks`: "thank", "appreciate", "gracias", "cảm ơn", "谢谢", ...).
// Silent when the own text is in a language with no `thanks` vocabulary.
class ThanksRule : public Rule {
 public:
  static RuleInfo Info();
  explicit ThanksRule(const RuleContext&) : Rule(Info()) {}
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_COURTESY_THANKS_H_
