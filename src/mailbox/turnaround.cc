#include "mailbox/turnaround.h"

#include <cstdio>

#include "base/text.h"

namespace maillint {
namespace {

bool StartsClock(const MailRecord& r, int64_t as_of) {
  return r.kind == MailKind::kInbound && r.has_time() && r.time <= as_of &&
         !r.from_address.empty();
}

bool Answers(const MailRecord& reply, const MailRecord& inbound,
             int64_t as_of) {
  return reply.kind == MailKind::kStaffReply && reply.has_time() &&
         reply.time >= inbound.time && reply.time <= as_of &&
         reply.index != inbound.index && reply.Addresses(inbound.from_address);
}

InboundOutcome Measure(const MailRecord& inbound,
                       const std::vector<MailRecord>& records,
                       const std::vector<int>& thread,
                       const BusinessClock& clock,
                       const TurnaroundSettings& settings) {
  InboundOutcome o;
  o.record = inbound.index;
  o.limit_hours = settings.limit_hours;
  for (int i : thread) {
    if (Answers(records[i], inbound, settings.as_of)) {
      o.answered_by = i;
      break;  // members are in time order: the first is the answer
    }
  }
  int64_t end =
      o.answered_by >= 0 ? records[o.answered_by].time : settings.as_of;
  o.elapsed_hours = clock.ElapsedHours(inbound.time, end);
  o.late = o.elapsed_hours > settings.limit_hours;
  if (o.answered_by >= 0) {
    o.status = o.late ? InboundStatus::kLate : InboundStatus::kAnswered;
  } else {
    o.status = o.late ? InboundStatus::kUnanswered : InboundStatus::kWaiting;
  }
  return o;
}

}  // namespace

std::string HoursText(double hours) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", hours);
  std::string text = buffer;
  if (EndsWith(text, ".0")) text.resize(text.size() - 2);
  return text + (text == "1" ? " hour" : " hours");
}

const char* InboundStatusName(InboundStatus status) {
  switch (status) {
    case InboundStatus::kAnswered:
      return "answered";
    case InboundStatus::kLate:
      return "late";
    case InboundStatus::kUnanswered:
      return "unanswered";
    case InboundStatus::kWaiting:
      return "waiting";
  }
  return "waiting";
}

std::vector<InboundOutcome> ComputeOutcomes(
    const std::vector<MailRecord>& records, const ThreadIndex& index,
    const BusinessClock& clock, const TurnaroundSettings& settings) {
  std::vector<InboundOutcome> outcomes;
  for (const MailRecord& r : records) {
    if (!StartsClock(r, settings.as_of)) continue;
    outcomes.push_back(Measure(
        r, records, index.Members(index.ThreadOf(r.index)), clock, settings));
  }
  return outcomes;
}

}  // namespace maillint
