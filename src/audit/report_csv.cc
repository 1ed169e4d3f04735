// The csv audit format: one table per file (RFC 4180 quoting); see
// AuditCsvTables().
#include <cmath>
#include <cstdio>

#include "audit/audit_report.h"
#include "audit/scorecard.h"
#include "base/text.h"

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

std::string Rate(double rate) {
  if (std::isnan(rate)) return "";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", rate);
  return buffer;
}

void Inbound(const AuditReport& report, std::ostream& out) {
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

// One row per checked staff message, one column per standard.
void StaffMessages(const AuditReport& report, std::ostream& out) {
  const ScoreSettings settings = ScoreSettings::FromConfig(report.config);
  out << "message_id,from,subject,date,kind,verdict,scored,score,auto_failed";
  for (int i = 0; i < kStandardCount; ++i) out << ',' << StandardName(i);
  out << ",findings\r\n";
  for (const MailRecord& r : report.data.records) {
    const RecordCheck& c = report.data.checks[r.index];
    if (!c.all_rules) continue;
    MessageScore score = ScoreMessage(c.standards, settings);
    bool has_score = c.scored && score.scored;
    out << Field(RecordLabel(r)) << ',' << Field(r.FromDisplay()) << ','
        << Field(r.subject) << ','
        << (r.has_time() ? report.clock.FormatLocal(r.time) : "") << ','
        << MailKindName(r.kind) << ',' << Field(Verdict(c, settings.fail_on))
        << ',' << (c.scored ? "true" : "false") << ','
        << (has_score ? Hours(score.score) : "") << ','
        << (has_score && score.auto_failed ? "true" : "false");
    for (int i = 0; i < kStandardCount; ++i) {
      out << ',' << StandardStatusName(c.standards[i].Status(settings.fail_on));
    }
    out << ',' << c.findings.size() << "\r\n";
  }
}

void RollupHeader(std::ostream& out, const char* first) {
  out << first << ",messages,mean_score,auto_failed";
  for (int i = 0; i < kStandardCount; ++i) {
    out << ',' << StandardName(i) << "_pass_rate";
  }
}

void RollupCells(const ScoreRollup& r, std::ostream& out) {
  out << ',' << r.messages << ','
      << (std::isnan(r.MeanScore()) ? "" : Hours(r.MeanScore())) << ','
      << r.auto_failed;
  for (int i = 0; i < kStandardCount; ++i) out << ',' << Rate(r.PassRate(i));
}

void Staff(const AuditReport& report, std::ostream& out) {
  RollupHeader(out, "address");
  out << ",name,department,inbound,answered,answered_in_time,late,"
         "unanswered,waiting,median_hours,p90_hours\r\n";
  for (const StaffStats& s : report.stats.staff) {
    const ResponseStats& r = s.responses;
    out << Field(s.address);
    RollupCells(s.scorecard, out);
    out << ',' << Field(s.name) << ',' << Field(s.department) << ','
        << r.inbound << ',' << r.answered << ',' << r.answered_in_time << ','
        << r.late << ',' << r.unanswered << ',' << r.waiting << ','
        << (std::isnan(r.median) ? "" : Hours(r.median)) << ','
        << (std::isnan(r.p90) ? "" : Hours(r.p90)) << "\r\n";
  }
}

void Departments(const AuditReport& report, std::ostream& out) {
  RollupHeader(out, "department");
  out << "\r\n";
  for (const auto& [name, rollup] : report.stats.departments) {
    out << Field(name);
    RollupCells(rollup, out);
    out << "\r\n";
  }
}

// The district, one row per standard.
void Standards(const AuditReport& report, std::ostream& out) {
  const ScoreRollup& d = report.stats.scorecard;
  out << "standard,pass,pass_with_warnings,fail,not_applicable,pass_rate\r\n";
  for (int i = 0; i < kStandardCount; ++i) {
    const auto& c = d.by_standard[i];
    out << StandardName(i) << ',' << c[1] << ',' << c[2] << ',' << c[3] << ','
        << c[0] << ',' << Rate(d.PassRate(i)) << "\r\n";
  }
}

}  // namespace

const std::vector<std::string>& AuditCsvTables() {
  static const std::vector<std::string> tables = {
      "inbound", "staff_messages", "staff", "departments", "standards"};
  return tables;
}

Status ValidateAuditCsvTable(std::string_view table) {
  return ValidateChoice("csv table", table, AuditCsvTables());
}

void WriteAuditCsvTable(const AuditReport& report, std::string_view table,
                        std::ostream& out) {
  if (table == "staff_messages") {
    StaffMessages(report, out);
  } else if (table == "staff") {
    Staff(report, out);
  } else if (table == "departments") {
    Departments(report, out);
  } else if (table == "standards") {
    Standards(report, out);
  } else {
    Inbound(report, out);
  }
}

}  // namespace maillint
