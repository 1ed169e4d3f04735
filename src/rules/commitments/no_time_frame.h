// commitments.no-time-frame (S15): a promise with no time frame.
#ifndef MAILLINT_SRC_RULES_COMMITMENTS_NO_TIME_FRAME_H_
#define MAILLINT_SRC_RULES_COMMITMENTS_NO_TIME_FRAME_H_

#include "lint/rule.h"

namespace maillint {

// Finds promises in the author's text ("I will look into this and get back
// to you", "the registrar will contact you", "le avisaré", "je reviendrai
// vers vous"; see promise_language.h for what counts) and fires at each one
// whose sentence has no time frame (a day or date, "by noon", "within 2
// days", "next week"). "As soon as possible" is no time frame. Runs on
// auto-replies too. Info level: a nudge to be specific, not an error.
class NoTimeFrameRule : public Rule {
 public:
  static RuleInfo Info();
  explicit NoTimeFrameRule(const RuleContext&) : Rule(Info()) {}
  bool AppliesTo(const Message& message) const override;
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_COMMITMENTS_NO_TIME_FRAME_H_
