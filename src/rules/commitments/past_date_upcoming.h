// commitments.past-date-upcoming (S15): a date already past, written as if
// it were still to come.
#ifndef MAILLINT_SRC_RULES_COMMITMENTS_PAST_DATE_UPCOMING_H_
#define MAILLINT_SRC_RULES_COMMITMENTS_PAST_DATE_UPCOMING_H_

#include <memory>
#include <optional>

#include "lint/rule.h"
#include "mailbox/business_clock.h"

namespace maillint {

// Resolves every date the author's own text mentions (base/date_mentions.h)
// against the day the message was sent: its Date header in the header's own
// UTC offset, or, for a draft without Date, the current time in
// organization.timezone (as turnaround.late-draft does). Fires at a date
// before that day when its sentence presents it as still to come
// ("upcoming", "next", "will", "join us", "próxima", "aura lieu", "sắp
// tới", ...) and says nothing that puts it in the past ("was", "last",
// "ago", "fue", "a eu lieu", "đã", ...). Quiet when another date of the same
// sentence is today or later (a range that is still running), and for a
// date that is a boundary ("prior to", "since", "from", "dated"). A date
// written without year or weekday counts only within 90 days of sending,
// where the year it means is not in doubt; any date only within 180 days
// (older ones are history, not stale copy). A written weekday that fits no
// nearby year leaves the year in doubt: silent. Without a Date header the
// year must be written or proven by the weekday. Cues count within 160
// bytes of the date, inside its sentence. Numeric dates are read
// month-first in English text, day-first in other languages.
class PastDateUpcomingRule : public Rule {
 public:
  static RuleInfo Info();
  explicit PastDateUpcomingRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;

 private:
  // The sending day; `*dated` tells whether it came from a Date header.
  std::optional<int64_t> ReferenceDay(const Message& message,
                                      bool* dated) const;

  std::shared_ptr<const BusinessClock> clock_;  // organization.timezone
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_COMMITMENTS_PAST_DATE_UPCOMING_H_
