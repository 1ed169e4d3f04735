// proofreading.brackets: unbalanced parentheses, square brackets and
// double quotes (straight, curly, «») within one paragraph of the author's
// own text. Smileys (":)"), list markers ("1)", "a)"), inch marks (5'10")
// and URLs or code are not counted.
#ifndef MAILLINT_SRC_RULES_PROOFREADING_BRACKETS_H_
#define MAILLINT_SRC_RULES_PROOFREADING_BRACKETS_H_

#include "lint/rule.h"

namespace maillint {

class BracketsRule : public Rule {
 public:
  static RuleInfo Info();
  explicit BracketsRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_BRACKETS_H_
