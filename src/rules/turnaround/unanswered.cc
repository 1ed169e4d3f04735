#include "rules/turnaround/unanswered.h"

#include "mailbox/thread_index.h"
#include "mailbox/turnaround.h"

namespace maillint {

RuleInfo UnansweredRule::Info() {
  RuleInfo info;
  info.id = "turnaround.unanswered";
  info.summary =
      "An inbound message has no human staff reply and is older than the "
      "turnaround limit.";
  info.standard = "S1";
  info.default_severity = Severity::kError;
  info.doc =
      "Only `maillint audit` can see this. An inbound message still inside "
      "the limit at `--as-of` is \"waiting\" and not reported. Auto-replies "
      "(out of office), internal notes and forwards do not answer it.";
  return info;
}

void UnansweredRule::Check(CheckContext& ctx) const {
  if (ctx.thread() == nullptr) return;
  const InboundOutcome* outcome = ctx.thread()->outcome();
  if (outcome == nullptr || outcome->status != InboundStatus::kUnanswered) {
    return;
  }
  Finding& f =
      Report(ctx, Location::Message(),
             "no staff reply after " + HoursText(outcome->elapsed_hours) +
                 " (limit " + HoursText(outcome->limit_hours) + ")");
  f.suggestion = "Answer the sender, or connect them with who can.";
}

}  // namespace maillint
