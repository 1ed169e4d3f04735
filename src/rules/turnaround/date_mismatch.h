// turnaround.date-mismatch: the Date header and the earliest Received
// timestamp disagree by more than an hour (option MaxHours, default 1), so
// turnaround times measured from Date may be wrong (a sender's clock or
// time zone is off, or the message sat in a queue).
#ifndef MAILLINT_SRC_RULES_TURNAROUND_DATE_MISMATCH_H_
#define MAILLINT_SRC_RULES_TURNAROUND_DATE_MISMATCH_H_

#include "lint/rule.h"

namespace maillint {

class DateMismatchRule : public Rule {
 public:
  static RuleInfo Info();
  explicit DateMismatchRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;

 private:
  double max_hours_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_TURNAROUND_DATE_MISMATCH_H_
