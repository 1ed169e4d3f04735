// courtesy.offer-help (S7): no offer of further help before the sign-off.
#ifndef MAILLINT_SRC_RULES_COURTESY_OFFER_HELP_H_
#define MAILLINT_SRC_RULES_COURTESY_OFFER_HELP_H_

#include "lint/rule.h"

namespace maillint {

// Fires once for a reply with an external audience whose own text has no
// offer of further help ("let me know if", "anything else", "feel free to
// contact", "¿algo más?": vocab `offer_help`). Silent when the own text is
// in a language with no `offer_help` vocabulary. Located at the closing
// when there is one (the offer belongs just before it), else the message.
class OfferHelpRule : public Rule {
 public:
  static RuleInfo Info();
  explicit OfferHelpRule(const RuleContext&) : Rule(Info()) {}
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_COURTESY_OFFER_HELP_H_
