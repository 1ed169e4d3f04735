// proofreading.capitalization: a sentence of the author's own text that
// starts with a lowercase letter, and a lone lowercase "i" ("i think",
// "i'm"). Sentences that start with a URL, an address, code, a list marker
// or a brand with an inner capital ("iPad") are left alone.
#ifndef MAILLINT_SRC_RULES_PROOFREADING_CAPITALIZATION_H_
#define MAILLINT_SRC_RULES_PROOFREADING_CAPITALIZATION_H_

#include "lint/rule.h"

namespace maillint {

class CapitalizationRule : public Rule {
 public:
  static RuleInfo Info();
  explicit CapitalizationRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_CAPITALIZATION_H_
