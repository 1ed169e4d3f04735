// turnaround.unanswered: an inbound message with no human staff reply that
// is older than the turnaround limit at the audit's --as-of time.
//
// Runs only inside `maillint audit` and reports on the inbound message.
#ifndef MAILLINT_SRC_RULES_TURNAROUND_UNANSWERED_H_
#define MAILLINT_SRC_RULES_TURNAROUND_UNANSWERED_H_

#include "lint/rule.h"

namespace maillint {

class UnansweredRule : public Rule {
 public:
  static RuleInfo Info();
  explicit UnansweredRule(const RuleContext& /*ctx*/) : Rule(Info()) {}
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_TURNAROUND_UNANSWERED_H_
