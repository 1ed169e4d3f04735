#include "rules/turnaround/date_mismatch.h"

#include <cmath>

#include "mailbox/mail_date.h"
#include "mailbox/turnaround.h"

namespace maillint {

RuleInfo DateMismatchRule::Info() {
  RuleInfo info;
  info.id = "turnaround.date-mismatch";
  info.summary =
      "The Date header and the earliest Received time disagree by more than "
      "an hour, so turnaround times may be wrong.";
  info.standard = "S1";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Turnaround is measured from the Date header (the earliest Received "
      "time stands in when Date is missing or unreadable). A sender clock "
      "or time zone that is off, or mail held in a queue, shifts the "
      "measurement. Option: `MaxHours` (default 1).";
  return info;
}

DateMismatchRule::DateMismatchRule(const RuleContext& ctx)
    : Rule(Info()), max_hours_(ctx.GetDouble("MaxHours", 1.0)) {}

void DateMismatchRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  std::optional<MessageDate> date = HeaderDate(m);
  std::optional<int64_t> received = EarliestReceived(m);
  if (!date || !received) return;
  double hours = static_cast<double>(date->unix_seconds - *received) / 3600.0;
  if (std::fabs(hours) <= max_hours_) return;
  Report(ctx, Location::Header("Date"),
         std::string("the Date header is ") + HoursText(std::fabs(hours)) +
             (hours < 0 ? " earlier" : " later") +
             " than the first Received time (" + FormatIso8601(*received, 0) +
             ")");
}

}  // namespace maillint
