// commitments.no-time-frame (S15): a promise with no time frame.
#ifndef MAILLINT_SRC_RULES_COMMITMENTS_NO_TIME_FRAME_H_
#define MAILLINT_SRC_RULES_COMMITMENTS_NO_TIME_FRAME_H_

#include "lint/rule.h"

namespace maillint {

// Finds promises in the author's text ("I'll get back to you", "we will
// follow up", "I will look into it", "te avisaré") and fires at each one
// whose sentence has no time frame (a day or date, "today", "by noon",
// "within 2 days", "this week", "next week", "in an hour"). Info level: a
// nudge to be specific, not an error.
class NoTimeFrameRule : public Rule {
 public:
  static RuleInfo Info();
  explicit NoTimeFrameRule(const RuleContext&) : Rule(Info()) {}
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_COMMITMENTS_NO_TIME_FRAME_H_
