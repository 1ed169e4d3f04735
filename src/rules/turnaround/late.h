// turnaround.late: an inbound message answered after the turnaround limit.
//
// Runs only inside `maillint audit` (it reads the ThreadView's outcome) and
// reports on the inbound message, naming the reply and the counted hours.
#ifndef MAILLINT_SRC_RULES_TURNAROUND_LATE_H_
#define MAILLINT_SRC_RULES_TURNAROUND_LATE_H_

#include "lint/rule.h"

namespace maillint {

class LateRule : public Rule {
 public:
  static RuleInfo Info();
  explicit LateRule(const RuleContext& /*ctx*/) : Rule(Info()) {}
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_TURNAROUND_LATE_H_
