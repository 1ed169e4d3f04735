// tone.negative-without-option (S9): a "no" with nothing offered instead.
#ifndef MAILLINT_SRC_RULES_TONE_NEGATIVE_WITHOUT_OPTION_H_
#define MAILLINT_SRC_RULES_TONE_NEGATIVE_WITHOUT_OPTION_H_

#include "lint/rule.h"

namespace maillint {

// Fires at the first negative statement ("unfortunately", "we can't", "is
// not possible") in the author's text when that text offers no option
// anywhere ("instead", "however", "you can", "what we can do", "happy to").
class NegativeWithoutOptionRule : public Rule {
 public:
  static RuleInfo Info();
  explicit NegativeWithoutOptionRule(const RuleContext&) : Rule(Info()) {}
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_TONE_NEGATIVE_WITHOUT_OPTION_H_
