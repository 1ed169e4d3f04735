// greeting.missing: a reply whose new text does not open with a salutation.
#ifndef MAILLINT_SRC_RULES_GREETING_MISSING_H_
#define MAILLINT_SRC_RULES_GREETING_MISSING_H_

#include "lint/rule.h"

namespace maillint {

// Fires once per human reply that has new text but no `greeting` segment
// before it (anatomy/greeting_closing.h decides what a salutation is, from
// the vocab `greetings`). Silent when the own text is in a language with no
// `greetings` vocabulary. Quoted text, signatures and disclaimers are never
// looked at. A message is a reply when it quotes or attributes an earlier
// message, has In-Reply-To, or its subject starts with a reply prefix
// ("Re:", "AW:", "Sv:", "Res:", "答复:"; "RV:" is a Spanish forward).
class MissingGreetingRule : public Rule {
 public:
  static RuleInfo Info();
  explicit MissingGreetingRule(const RuleContext&) : Rule(Info()) {}
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_GREETING_MISSING_H_
