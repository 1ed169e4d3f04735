// proofreading.repeated-word: a word written twice in a row ("the the"),
// also across a line break, in the author's own text. A few doubles that are
// correct English ("had had", "that that", "bye bye") are not flagged.
#ifndef MAILLINT_SRC_RULES_PROOFREADING_REPEATED_WORD_H_
#define MAILLINT_SRC_RULES_PROOFREADING_REPEATED_WORD_H_

#include "lint/rule.h"

namespace maillint {

class RepeatedWordRule : public Rule {
 public:
  static RuleInfo Info();
  explicit RepeatedWordRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_REPEATED_WORD_H_
