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
// Messages dated after `as_of`, before `since` or after `until` are left
// out of everything (as if not yet received, or outside the range); their
// number is AuditData::excluded.
// Memory therefore grows with the number of messages (records and
// findings), never with their size. Standard input ("-") cannot be read
// twice and is refused.
//
// Unreadable messages are listed in AuditData::read_errors and the run goes
// on. Thread-safe in the sense that it only reads the runners and config.
#ifndef MAILLINT_SRC_AUDIT_AUDIT_RUN_H_
#define MAILLINT_SRC_AUDIT_AUDIT_RUN_H_

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "audit/scorecard.h"
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
  // Counts against its author: a staff reply, or a forward that leaves the
  // organization (audit/scorecard.h, WHICH MESSAGES ARE SCORED).
  bool scored = false;
  MessageStatus status = MessageStatus::kPass;
  std::vector<Finding> findings;
  // The subject with the sensitive values the rules found masked; empty
  // when nothing in it was masked (RunAudit puts it into the record).
  std::string masked_subject;
  StandardResults standards;  // which standards applied, findings by each
};

struct AuditData {
  std::vector<MailRecord> records;
  ThreadIndex index;
  std::vector<InboundOutcome> outcomes;  // input order
  std::vector<int> outcome_of;           // record -> outcomes index or -1
  std::vector<RecordCheck> checks;       // by record
  std::vector<std::string> read_errors;  // "path: why"
  std::vector<int> path_of;              // by record: its PATH argument
  std::vector<int> read_error_path;      // by read error: its PATH argument
  int excluded = 0;  // readable messages outside the time range
  TurnaroundSettings settings;
  std::string clock_name;
  std::string timezone;
};

struct AuditRunOptions {
  std::vector<std::string> paths;
  TurnaroundSettings settings;
  int jobs = 0;  // 0: number of cores
  int64_t subject_window_seconds = 7 * 86400;
  // Messages dated outside [since, until] are left out (see above).
  int64_t since = std::numeric_limits<int64_t>::min();
  int64_t until = std::numeric_limits<int64_t>::max();
  bool progress = false;  // report progress on stderr (TTY callers only)
};

// `staff_rules` runs on staff-written messages; `inbound_rules` (the
// turnaround family) on inbound ones. Fails only on unusable arguments.
Result<AuditData> RunAudit(const Config& config, const BusinessClock& clock,
                           const Runner& staff_rules,
                           const Runner& inbound_rules,
                           const AuditRunOptions& options);

// Threads `data.records` and computes every inbound outcome: fills index,
// outcomes and outcome_of (the step between RunAudit's passes, also used
// when merging partial results).
void ThreadAndMeasure(const Config& config, const BusinessClock& clock,
                      int64_t subject_window_seconds, AuditData& data);

// The domain named (From, To or Cc) by the most messages under `paths`:
// a department mailbox's own domain, for audits run without
// organization.domains. Ties go to the alphabetically first; empty when no
// message names an address.
std::string InferOrganizationDomain(const std::vector<std::string>& paths,
                                    int jobs);

}  // namespace maillint

#endif  // MAILLINT_SRC_AUDIT_AUDIT_RUN_H_
