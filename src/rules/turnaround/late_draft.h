// turnaround.late-draft: a single draft answering a message older than the
// turnaround limit, without an apology for the delay.
//
// The original's date comes from Anatomy::original (the quoted attribution,
// or the message given with `check --in-reply-to`). "Now" is the draft's own
// Date header when it has one, else the current time. Silent inside `audit`
// (turnaround.late measures real replies there) and when the new text
// already apologizes ("sorry", "apologize", "disculpe", ...).
// Options: none; the limit and clock come from `turnaround:`.
#ifndef MAILLINT_SRC_RULES_TURNAROUND_LATE_DRAFT_H_
#define MAILLINT_SRC_RULES_TURNAROUND_LATE_DRAFT_H_

#include <memory>

#include "lint/rule.h"
#include "mailbox/business_clock.h"

namespace maillint {

class LateDraftRule : public Rule {
 public:
  static RuleInfo Info();
  explicit LateDraftRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;

 private:
  std::shared_ptr<const BusinessClock> clock_;  // calendar when misconfigured
  double limit_hours_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_TURNAROUND_LATE_DRAFT_H_
