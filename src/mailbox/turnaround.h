// Turnaround outcomes: for every inbound message of a threaded mailbox,
// whether and when a person on staff answered it.
//
// WHAT COUNTS
//   Each human inbound message (MailKind::kInbound, with a date) starts a
//   clock. It stops at the first later message in the same thread that is a
//   human staff reply (MailKind::kStaffReply) with the inbound sender in To
//   or Cc. Auto-replies, internal notes and forwards never stop it. One staff
//   reply may answer several inbound messages of the thread (a family that
//   wrote twice before the answer); each is measured from its own time.
//   Messages dated after `as_of` are ignored (not yet received or sent).
//
// STATUS
//   answered    replied within the limit
//   late        replied after the limit
//   unanswered  no reply, and the limit passed before `as_of`
//   waiting     no reply yet, still within the limit at `as_of`
// "Within" is inclusive: exactly 24.0 counted hours is on time.
#ifndef MAILLINT_SRC_MAILBOX_TURNAROUND_H_
#define MAILLINT_SRC_MAILBOX_TURNAROUND_H_

#include <cstdint>
#include <string>
#include <vector>

#include "mailbox/business_clock.h"
#include "mailbox/mail_record.h"
#include "mailbox/thread_index.h"

namespace maillint {

enum class InboundStatus { kAnswered, kLate, kUnanswered, kWaiting };
// "answered", "late", "unanswered", "waiting".
const char* InboundStatusName(InboundStatus status);

struct InboundOutcome {
  int record = -1;           // the inbound message
  int answered_by = -1;      // the staff reply, or -1
  double elapsed_hours = 0;  // counted hours to the reply, or to as_of
  double limit_hours = 24;
  bool late = false;  // elapsed_hours > limit_hours
  InboundStatus status = InboundStatus::kWaiting;
};

struct TurnaroundSettings {
  double limit_hours = 24;
  int64_t as_of = 0;  // seconds since the epoch
};

// "49.5 hours", "1 hour", "0.3 hours": counted hours for messages.
std::string HoursText(double hours);

// One outcome per inbound message, in input order.
std::vector<InboundOutcome> ComputeOutcomes(
    const std::vector<MailRecord>& records, const ThreadIndex& index,
    const BusinessClock& clock, const TurnaroundSettings& settings);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAILBOX_TURNAROUND_H_
