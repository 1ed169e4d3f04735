// proofreading.punctuation: runs of exclamation or question marks
// ("!!", "???", "?!?!", Spanish "¡¡") and a space before a comma in the
// author's own text. A single "?!" or "!?" is accepted. URLs, code and
// quoted phrases are skipped.
#ifndef MAILLINT_SRC_RULES_PROOFREADING_PUNCTUATION_H_
#define MAILLINT_SRC_RULES_PROOFREADING_PUNCTUATION_H_

#include "lint/rule.h"

namespace maillint {

class PunctuationRule : public Rule {
 public:
  static RuleInfo Info();
  explicit PunctuationRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_PUNCTUATION_H_
