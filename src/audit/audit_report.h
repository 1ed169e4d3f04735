// Audit reports: text (summary tables), json, csv (one row per inbound
// message) and html (one self-contained page with inline SVG charts).
//
// JSON shape (stable; tests and the HTML check rely on it):
//   { "as_of", "limit_hours", "clock", "timezone",
//     "summary": { "messages", "threads", "kinds": {kind: n}, "inbound",
//                  "answered", "answered_in_time", "late", "unanswered",
//                  "waiting", "median_hours", "p90_hours",
//                  "staff_messages_checked", "staff_messages_passed",
//                  "pass_rate", "top_violations": [{"rule", "count"}],
//                  "threading": {...}, "read_errors": [...] },
//     "staff": [ { "address", "name", <the response and rule fields> } ],
//     "inbound": [ { "message_id", "from", "subject", "received",
//                    "answered_by" (Message-ID or null), "answered_by_from",
//                    "elapsed_hours", "late", "status", "thread",
//                    "findings": [...] } ],
//     "staff_messages": [ { "message_id", "from", "subject", "date", "kind",
//                           "status", "findings": [...] } ] }
// Hours are rounded to 0.01; statistics with no data are null.
#ifndef MAILLINT_SRC_AUDIT_AUDIT_REPORT_H_
#define MAILLINT_SRC_AUDIT_AUDIT_REPORT_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit_run.h"
#include "audit/audit_stats.h"

namespace maillint {

struct AuditReport {
  const AuditData& data;
  const AuditStats& stats;
  const BusinessClock& clock;
};

// The formats WriteAuditReport knows.
const std::vector<std::string>& AuditFormats();

// Fails with kInvalidArgument (and a "did you mean") on an unknown format.
Status ValidateAuditFormat(std::string_view format);
Status WriteAuditReport(std::string_view format, const AuditReport& report,
                        std::ostream& out);

void WriteAuditText(const AuditReport& report, std::ostream& out);
void WriteAuditJson(const AuditReport& report, std::ostream& out);
void WriteAuditCsv(const AuditReport& report, std::ostream& out);
void WriteAuditHtml(const AuditReport& report, std::ostream& out);

// Shared by the writers.
// Late and unanswered outcomes, oldest inbound message first.
std::vector<const InboundOutcome*> OverdueByTime(const AuditData& data);
// The Message-ID, or "(no Message-ID) path#n" when it has none.
std::string RecordLabel(const MailRecord& record);
// Hours rounded to 0.01 (NaN stays NaN).
double RoundHours(double hours);
// "Fri 30 Oct 2026 15:00" in the clock's time zone, for tables.
std::string ReadableTime(const BusinessClock& clock, int64_t unix_seconds);
// "3.5 h", or "-" for NaN.
std::string HoursCell(double hours);
// "83%", or "-" for NaN.
std::string PercentCell(double rate);

}  // namespace maillint

#endif  // MAILLINT_SRC_AUDIT_AUDIT_REPORT_H_
