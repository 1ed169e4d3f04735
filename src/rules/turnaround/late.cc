#include "rules/turnaround/late.h"

#include "mailbox/thread_index.h"
#include "mailbox/turnaround.h"

namespace maillint {

RuleInfo LateRule::Info() {
  RuleInfo info;
  info.id = "turnaround.late";
  info.summary =
      "An inbound message was answered after the turnaround limit (24 hours by "
      "default).";
  info.standard = "S1";
  info.default_severity = Severity::kError;
  info.doc =
      "Only `maillint audit` can see this: it threads the mailbox and "
      "measures, for every message from a family or other outside sender, "
      "the time to the first human staff reply addressed to them in the same "
      "thread. Auto-replies, internal notes and forwards do not count as "
      "answers. The limit and the clock (calendar, weekdays, office-hours) "
      "come from the `turnaround:` configuration.";
  return info;
}

void LateRule::Check(CheckContext& ctx) const {
  if (ctx.thread() == nullptr) return;
  const InboundOutcome* outcome = ctx.thread()->outcome();
  if (outcome == nullptr || outcome->status != InboundStatus::kLate) return;
  const MailRecord& reply = ctx.thread()->record(outcome->answered_by);
  Finding& f = Report(ctx, Location::Message(),
                      "answered after " + HoursText(outcome->elapsed_hours) +
                          " (limit " + HoursText(outcome->limit_hours) +
                          ") by " + reply.FromDisplay());
  f.suggestion =
      "Reply within the limit, or send a short acknowledgement with a date "
      "when the full answer will follow.";
}

}  // namespace maillint
