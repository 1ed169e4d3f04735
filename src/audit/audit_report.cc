#include "audit/audit_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "base/text.h"

namespace maillint {

const std::vector<std::string>& AuditFormats() {
  static const std::vector<std::string> formats = {"text", "json", "csv",
                                                   "html"};
  return formats;
}

Status ValidateChoice(std::string_view what, std::string_view value,
                      const std::vector<std::string>& choices) {
  std::string list;
  for (const std::string& c : choices) {
    if (c == value) return Status::Ok();
    list += (list.empty() ? "" : ", ") + c;
  }
  std::string hint = ClosestMatch(value, choices);
  return Status::InvalidArgument(
      "unknown " + std::string(what) + " '" + std::string(value) + "' (" +
      list + ")" + (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
}

Status ValidateAuditFormat(std::string_view format) {
  return ValidateChoice("audit format", format, AuditFormats());
}

Status WriteAuditReport(std::string_view format, const AuditReport& report,
                        std::ostream& out) {
  if (Status s = ValidateAuditFormat(format); !s.ok()) return s;
  if (format == "text") {
    WriteAuditText(report, out);
  } else if (format == "json") {
    WriteAuditJson(report, out);
  } else if (format == "csv") {
    WriteAuditCsvTable(
        report, report.csv_table.empty() ? "inbound" : report.csv_table, out);
  } else {
    WriteAuditHtml(report, out);
  }
  out.flush();
  if (!out) return Status::IoError("report", "write failed");
  return Status::Ok();
}

std::vector<const InboundOutcome*> OverdueByTime(const AuditData& data) {
  std::vector<const InboundOutcome*> overdue;
  for (const InboundOutcome& o : data.outcomes) {
    if (o.status == InboundStatus::kLate ||
        o.status == InboundStatus::kUnanswered) {
      overdue.push_back(&o);
    }
  }
  std::stable_sort(overdue.begin(), overdue.end(),
                   [&](const InboundOutcome* a, const InboundOutcome* b) {
                     return data.records[a->record].time <
                            data.records[b->record].time;
                   });
  return overdue;
}

std::string Verdict(const RecordCheck& check, Severity fail_on) {
  if (check.status == MessageStatus::kError) return "error";
  int warnings = 0;
  for (const Finding& f : check.findings) {
    if (f.severity >= fail_on) return "fail";
    if (f.severity >= Severity::kWarning) ++warnings;
  }
  if (warnings == 0) return "pass";
  return "pass with " + std::to_string(warnings) +
         (warnings == 1 ? " warning" : " warnings");
}

std::string RecordLabel(const MailRecord& record) {
  if (!record.message_id.empty()) return record.message_id;
  std::string label = "(no Message-ID) " + record.path;
  if (record.path_index >= 0) label += "#" + std::to_string(record.path_index);
  return label;
}

std::string ReadableTime(const BusinessClock& clock, int64_t unix_seconds) {
  static const char* const kDays[] = {"Mon", "Tue", "Wed", "Thu",
                                      "Fri", "Sat", "Sun"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr",
                                        "May", "Jun", "Jul", "Aug",
                                        "Sep", "Oct", "Nov", "Dec"};
  LocalTime t = clock.Local(unix_seconds);
  if (t.month < 1 || t.month > 12) return "?";
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%s %d %s %d %02d:%02d",
                kDays[t.weekday], t.day, kMonths[t.month - 1], t.year, t.hour,
                t.minute);
  return buffer;
}

double RoundHours(double hours) {
  if (std::isnan(hours)) return hours;
  return std::round(hours * 100) / 100;
}

std::string HoursCell(double hours) {
  if (std::isnan(hours)) return "-";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f h", hours);
  return buffer;
}

std::string PercentCell(double rate) {
  if (std::isnan(rate)) return "-";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.0f%%", rate * 100);
  return buffer;
}

}  // namespace maillint
