// RunAudit: reads a mailbox twice and produces everything the audit
// reports show.
//
//   pass 1  every message is parsed (on `jobs` threads through the
//           OrderedPipeline of mailbox/ordered_pipeline.h)
//           and kept only as a MailRecord (no body);
//   then    the records are threaded (ThreadIndex) and every inbound
//           message's turnaround outcome is computed;
//   pass 2  every message is parsed again: staff-written messages (staff
//           replies, internal notes, staff forwards) go through every rule,
//           inbound messages through the turnaround rules only, each with
//           its ThreadView. Only the findings are kept.
// Memory therefore grows with the number of messages (records and
// findings), never with their size. Standard input ("-") cannot be read
// twice and is refused.
//
// Unreadable messages are listed in AuditData::read_errors and the run goes
// on. Thread-safe in the sense that it only reads the runners and config.
#ifndef MAILLINT_SRC_AUDIT_AUDIT_RUN_H_
#define MAILLINT_SRC_AUDIT_AUDIT_RUN_H_

#include <cstdint>
#include <string>
#include <vector>

#include "lint/message_result.h"
#include "lint/runner.h"
#include "mailbox/business_clock.h"
#include "mailbox/mail_record.h"
#include "mailbox/thread_index.h"
#include "mailbox/turnaround.h"

namespace maillint {

// The lint verdict on one record (only records that were checked).
struct RecordCheck {
  bool checked = false;
  bool all_rules = false;  // staff-written: every rule ran
  MessageStatus status = MessageStatus::kPass;
  std::vector<Finding> findings;
  // The subject with the sensitive values the rules found masked; empty
  // when nothing in it was masked (RunAudit puts it into the record).
  std::string masked_subject;
};

struct AuditData {
  std::vector<MailRecord> records;
  ThreadIndex index;
  std::vector<InboundOutcome> outcomes;  // input order
  std::vector<int> outcome_of;           // record -> outcomes index or -1
  std::vector<RecordCheck> checks;       // by record
  std::vector<std::string> read_errors;  // "path: why"
  TurnaroundSettings settings;
  std::string clock_name;
  std::string timezone;
};

struct AuditRunOptions {
  std::vector<std::string> paths;
  TurnaroundSettings settings;
  int jobs = 0;  // 0: number of cores
  int64_t subject_window_seconds = 7 * 86400;
  bool progress = false;  // report progress on stderr (TTY callers only)
};

// `staff_rules` runs on staff-written messages; `inbound_rules` (the
// turnaround family) on inbound ones. Fails only on unusable arguments.
Result<AuditData> RunAudit(const Config& config, const BusinessClock& clock,
                           const Runner& staff_rules,
                           const Runner& inbound_rules,
                           const AuditRunOptions& options);

}  // namespace maillint

#endif  // MAILLINT_SRC_AUDIT_AUDIT_RUN_H_
