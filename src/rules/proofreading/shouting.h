// proofreading.shouting: a sentence or more written in ALL CAPS in the
// author's own text. A sentence counts when it has at least three words of
// two or more letters and ten letters in all, and none is lowercase; runs of
// such sentences give one finding. Acronyms inside normal sentences never
// count.
#ifndef MAILLINT_SRC_RULES_PROOFREADING_SHOUTING_H_
#define MAILLINT_SRC_RULES_PROOFREADING_SHOUTING_H_

#include "lint/rule.h"

namespace maillint {

class ShoutingRule : public Rule {
 public:
  static RuleInfo Info();
  explicit ShoutingRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_SHOUTING_H_
