// Audit reports: text (summary tables), json, csv (one table per file:
// inbound, staff_messages, staff, departments, standards) and html (one
// self-contained page with inline SVG charts).
//
// JSON shape (versioned by "schema_version"; tests and the HTML check rely
// on it; findings have the fields of `check`'s json, report/report_json.h):
//   { "schema_version": 2, "tool", "fail_on", "as_of", "limit_hours",
//     "clock", "timezone",
//     "summary": { "messages", "threads", "kinds": {kind: n}, "inbound",
//                  "answered", "answered_in_time", "late", "unanswered",
//                  "waiting", "median_hours", "p90_hours",
//                  "staff_messages_checked", "staff_messages_passed",
//                  "staff_messages_passed_with_warnings", "pass_rate",
//                  "top_violations": [{"rule", "count"}],
//                  "threading": {...}, "read_errors": [...], "excluded" },
//     "staff": [ { "address", "name", "department", <the response and rule
//                  fields>, "scorecard": Rollup } ],
//     "scorecard": { "weights": {S1..S15: w}, "auto_fail": [...],
//                    "district": Rollup,
//                    "departments": [ {"department", <Rollup fields>} ] },
//     "inbound": [ { "message_id", "from", "subject", "received",
//                    "answered_by" (Message-ID or null), "answered_by_from",
//                    "elapsed_hours", "late", "status", "thread",
//                    "findings": [...] } ],
//     "staff_messages": [ { "message_id", "from", "subject", "date", "kind",
//                           "status", "verdict" ("pass", "pass with 2
//                           warnings", "fail", "error"), "scored", "score"
//                           (0..100 or null), "auto_failed",
//                           "standards": {S1..S15: {"status", "error",
//                           "warning", "info"}}, "findings": [...] } ],
//     "trends": (with --store) {"weeks": [...], "standards": [...],
//                "staff": [...]} }
//   Rollup: { "messages", "mean_score", "auto_failed", "standards":
//             [ {"standard", "pass", "pass_with_warnings", "fail",
//                "not_applicable", "pass_rate"} ] }
// Hours and scores are rounded to 0.01, rates to 0.0001; statistics with no
// data are null.
#ifndef MAILLINT_SRC_AUDIT_AUDIT_REPORT_H_
#define MAILLINT_SRC_AUDIT_AUDIT_REPORT_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit_run.h"
#include "audit/audit_stats.h"

namespace maillint {

inline constexpr int kAuditSchemaVersion = 2;

struct AuditTrends;  // audit/audit_store.h

struct AuditReport {
  const AuditData& data;
  const AuditStats& stats;
  const BusinessClock& clock;
  const Config& config;
  const AuditTrends* trends = nullptr;  // with --store
  std::string csv_table;                // --table; empty: "inbound"
};

// The formats WriteAuditReport knows.
const std::vector<std::string>& AuditFormats();

// Fails with kInvalidArgument (and a "did you mean") on an unknown format.
Status ValidateAuditFormat(std::string_view format);
Status WriteAuditReport(std::string_view format, const AuditReport& report,
                        std::ostream& out);

void WriteAuditText(const AuditReport& report, std::ostream& out);
void WriteAuditJson(const AuditReport& report, std::ostream& out);
void WriteAuditHtml(const AuditReport& report, std::ostream& out);

// The CSV tables (WriteAuditCsvTable), "inbound" first.
const std::vector<std::string>& AuditCsvTables();
// Fails with kInvalidArgument (and a "did you mean") on an unknown table.
Status ValidateAuditCsvTable(std::string_view table);
void WriteAuditCsvTable(const AuditReport& report, std::string_view table,
                        std::ostream& out);

// Shared by the writers.
// Ok when `value` is one of `choices`; else "unknown WHAT 'value' (a, b);
// did you mean 'a'?".
Status ValidateChoice(std::string_view what, std::string_view value,
                      const std::vector<std::string>& choices);
// "pass", "pass with 2 warnings", "fail" or "error" for a checked message.
std::string Verdict(const RecordCheck& check, Severity fail_on);
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
