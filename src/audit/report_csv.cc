// The csv audit format: one row per inbound message (RFC 4180 quoting).
#include <cstdio>

#include "audit/audit_report.h"

namespace maillint {
namespace {

// Quotes a field when it holds a comma, quote or line break; a leading
// = + - @ is prefixed with ' so spreadsheets do not run it as a formula.
std::string Field(const std::string& value) {
  std::string v = value;
  if (!v.empty() &&
      (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) {
    v = "'" + v;
  }
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string quoted = "\"";
  for (char c : v) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string Hours(double hours) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", RoundHours(hours));
  return buffer;
}

}  // namespace

void WriteAuditCsv(const AuditReport& report, std::ostream& out) {
  const AuditData& d = report.data;
  out << "message_id,from,subject,received,answered_by,answered_by_from,"
         "elapsed_hours,late,status,thread\r\n";
  for (const InboundOutcome& o : d.outcomes) {
    const MailRecord& r = d.records[o.record];
    std::string by, by_from;
    if (o.answered_by >= 0) {
      by = RecordLabel(d.records[o.answered_by]);
      by_from = d.records[o.answered_by].FromDisplay();
    }
    out << Field(r.message_id) << ',' << Field(r.FromDisplay()) << ','
        << Field(r.subject) << ',' << report.clock.FormatLocal(r.time) << ','
        << Field(by) << ',' << Field(by_from) << ',' << Hours(o.elapsed_hours)
        << ',' << (o.late ? "true" : "false") << ','
        << InboundStatusName(o.status) << ',' << d.index.ThreadOf(r.index)
        << "\r\n";
  }
}

}  // namespace maillint
