// The html audit format: one self-contained page (inline CSS and SVG, no
// scripts, no external resources). Numbers carry ids or data-* attributes
// (see the test tests/cli/audit_html_browser.sh).
#include <cmath>
#include <sstream>

#include "audit/audit_report.h"
#include "audit/audit_store.h"
#include "audit/html_charts.h"
#include "audit/scorecard.h"

namespace maillint {
namespace {

const char kStyle[] = R"css(
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}
h1{font-size:1.6em;margin-bottom:4px}h2{margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}
.meta{color:#555}.cards{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}
.card{border:1px solid #ddd;border-radius:8px;padding:10px 16px;min-width:120px;background:#fafafa}
.card .num{display:block;font-size:1.8em;font-weight:600}.card .label{color:#555;font-size:.9em}
.card.bad .num{color:#c0392b}.card.good .num{color:#2e8b57}
table{border-collapse:collapse;width:100%;font-size:.92em}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eee;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
.status-late,.status-unanswered{color:#c0392b;font-weight:600}.status-waiting{color:#b7791f}.status-answered{color:#2e8b57}
.finding{margin:4px 0}.sev-error{color:#c0392b}.sev-warning{color:#b7791f}.sev-info{color:#555}
code{background:#f3f3f3;padding:1px 4px;border-radius:3px}.excerpt{font-family:monospace;color:#444;white-space:pre-wrap}
section.findings{border-left:3px solid #ddd;padding-left:12px;margin:12px 0}
)css";

std::string Esc(const std::string& s) { return HtmlEscape(s); }

std::string Hours(double h) { return std::isnan(h) ? "-" : HoursCell(h); }

std::string DataNumber(double h) {
  if (std::isnan(h)) return "";
  std::ostringstream s;
  s << RoundHours(h);
  return s.str();
}

void Card(std::ostream& out, const char* id, const std::string& label,
          const std::string& shown, const std::string& value,
          const char* tone = "") {
  out << "<div class=\"card " << tone << "\"><span class=\"num\" id=\"" << id
      << "\" data-value=\"" << Esc(value) << "\">" << Esc(shown)
      << "</span><span class=\"label\">" << Esc(label) << "</span></div>";
}

void Cards(const AuditReport& report, std::ostream& out) {
  const ResponseStats& r = report.stats.responses;
  double rate = report.stats.quality.PassRate();
  out << "<div class=\"cards\">";
  Card(out, "stat-inbound", "inbound messages", std::to_string(r.inbound),
       std::to_string(r.inbound));
  Card(out, "stat-answered-in-time", "answered in time",
       std::to_string(r.answered_in_time), std::to_string(r.answered_in_time),
       "good");
  Card(out, "stat-late", "answered late", std::to_string(r.late),
       std::to_string(r.late), r.late ? "bad" : "");
  Card(out, "stat-unanswered", "unanswered, past the limit",
       std::to_string(r.unanswered), std::to_string(r.unanswered),
       r.unanswered ? "bad" : "");
  Card(out, "stat-waiting", "waiting, within the limit",
       std::to_string(r.waiting), std::to_string(r.waiting));
  Card(out, "stat-median", "median response", Hours(r.median),
       DataNumber(r.median));
  Card(out, "stat-p90", "90th percentile", Hours(r.p90), DataNumber(r.p90));
  Card(
      out, "stat-pass-rate", "staff messages passing other rules",
      PercentCell(rate),
      std::isnan(rate) ? "" : std::to_string(std::round(rate * 10000) / 10000));
  out << "</div>";
}

void StaffTable(const AuditReport& report, std::ostream& out) {
  out << "<h2>Per staff member</h2><table id=\"staff\"><thead><tr>"
         "<th>Staff</th><th>Answered</th><th>In time</th><th>Late</th>"
         "<th>Unanswered</th><th>Waiting</th><th>Median</th><th>90th pct</th>"
         "<th>Messages checked</th><th>Pass rate</th><th>Top violations</th>"
         "</tr></thead><tbody>";
  for (const StaffStats& s : report.stats.staff) {
    const ResponseStats& r = s.responses;
    auto cell = [&](const char* field, int v) {
      out << "<td class=\"n\" data-field=\"" << field << "\">" << v << "</td>";
    };
    out << "<tr data-staff=\"" << Esc(s.address) << "\"><td>"
        << Esc(s.name.empty() ? s.address : s.name + " <" + s.address + ">")
        << "</td>";
    cell("answered", r.answered);
    cell("answered_in_time", r.answered_in_time);
    cell("late", r.late);
    cell("unanswered", r.unanswered);
    cell("waiting", r.waiting);
    out << "<td class=\"n\" data-field=\"median_hours\" data-value=\""
        << DataNumber(r.median) << "\">" << Hours(r.median) << "</td>"
        << "<td class=\"n\" data-field=\"p90_hours\" data-value=\""
        << DataNumber(r.p90) << "\">" << Hours(r.p90) << "</td>";
    cell("staff_messages_checked", s.quality.checked);
    out << "<td class=\"n\">" << PercentCell(s.quality.PassRate())
        << "</td><td>";
    for (const auto& [rule, count] : s.quality.Top(3)) {
      out << "<code>" << Esc(rule) << "</code> " << count << " ";
    }
    out << "</td></tr>";
  }
  out << "</tbody></table>";
}

void LateTable(const AuditReport& report, std::ostream& out) {
  const AuditData& d = report.data;
  out << "<h2>Late and unanswered messages</h2><table id=\"late-list\"><thead>"
         "<tr><th>Status</th><th>Received</th><th>Elapsed</th><th>From</th>"
         "<th>Subject</th><th>Answered by</th><th>Findings</th></tr></thead>"
         "<tbody>";
  for (const InboundOutcome* overdue : OverdueByTime(d)) {
    const InboundOutcome& o = *overdue;
    const MailRecord& r = d.records[o.record];
    const char* status = InboundStatusName(o.status);
    out << "<tr data-message-id=\"" << Esc(RecordLabel(r))
        << "\" data-status=\"" << status << "\" data-elapsed-hours=\""
        << DataNumber(o.elapsed_hours) << "\"><td class=\"status-" << status
        << "\">" << status << "</td><td><time datetime=\""
        << Esc(report.clock.FormatLocal(r.time)) << "\">"
        << Esc(ReadableTime(report.clock, r.time))
        << "</time></td><td class=\"n\">" << Hours(o.elapsed_hours)
        << "</td><td>" << Esc(r.FromDisplay()) << "</td><td>" << Esc(r.subject)
        << "</td><td>";
    if (o.answered_by >= 0) {
      out << Esc(d.records[o.answered_by].FromDisplay());
    } else {
      out << "-";
    }
    out << "</td><td><a href=\"#findings-" << r.index << "\">findings</a>";
    if (o.answered_by >= 0 && !d.checks[o.answered_by].findings.empty()) {
      out << " · <a href=\"#findings-" << o.answered_by << "\">reply</a>";
    }
    out << "</td></tr>";
  }
  out << "</tbody></table>";
}

void FindingsFor(const AuditReport& report, const MailRecord& r,
                 std::ostream& out) {
  const RecordCheck& c = report.data.checks[r.index];
  out << "<section class=\"findings\" id=\"findings-" << r.index
      << "\" data-message-id=\"" << Esc(RecordLabel(r)) << "\"><h3>"
      << Esc(r.subject.empty() ? "(no subject)" : r.subject) << "</h3>"
      << "<div class=\"meta\">" << Esc(r.FromDisplay()) << " · "
      << (r.has_time() ? Esc(ReadableTime(report.clock, r.time)) : "no date")
      << " · " << MailKindName(r.kind) << "</div>";
  for (const Finding& f : c.findings) {
    out << "<div class=\"finding\" data-rule=\"" << Esc(f.rule_id)
        << "\"><span class=\"sev-" << SeverityName(f.severity) << "\">"
        << SeverityName(f.severity) << "</span> <code>" << Esc(f.rule_id)
        << "</code> " << Esc(f.message);
    if (f.line > 0) out << " (line " << f.line << ")";
    if (!f.excerpt.empty()) {
      out << "<div class=\"excerpt\">" << Esc(f.excerpt) << "</div>";
    }
    out << "</div>";
  }
  out << "</section>";
}

void FindingsSection(const AuditReport& report, std::ostream& out) {
  out << "<h2>Findings by message</h2>";
  bool any = false;
  for (const MailRecord& r : report.data.records) {
    if (report.data.checks[r.index].findings.empty()) continue;
    FindingsFor(report, r, out);
    any = true;
  }
  if (!any) out << "<p>No findings.</p>";
}

std::string RateValue(double rate) {
  if (std::isnan(rate)) return "";
  std::ostringstream s;
  s << std::round(rate * 10000) / 10000;
  return s.str();
}

void ScorecardRow(std::ostream& out, const std::string& group,
                  const std::string& label, const ScoreRollup& r) {
  double mean = r.MeanScore();
  out << "<tr data-group=\"" << Esc(group) << "\"><td>" << Esc(label)
      << "</td><td class=\"n\" data-field=\"messages\" data-value=\""
      << r.messages << "\">" << r.messages
      << "</td><td class=\"n\" data-field=\"mean_score\" data-value=\""
      << DataNumber(mean) << "\">"
      << (std::isnan(mean) ? "-" : DataNumber(mean))
      << "</td><td class=\"n\" data-field=\"auto_failed\" data-value=\""
      << r.auto_failed << "\">" << r.auto_failed << "</td>";
  for (int i = 0; i < kStandardCount; ++i) {
    double rate = r.PassRate(i);
    out << "<td class=\"n\" data-standard=\"" << StandardName(i)
        << "\" data-value=\"" << RateValue(rate) << "\">"
        << (std::isnan(rate) ? "n/a" : PercentCell(rate)) << "</td>";
  }
  out << "</tr>";
}

void ScorecardSection(const AuditReport& report, std::ostream& out) {
  const AuditStats& s = report.stats;
  std::vector<std::string> names;
  std::vector<double> rates;
  for (int i = 0; i < kStandardCount; ++i) {
    names.push_back(StandardName(i));
    rates.push_back(s.scorecard.PassRate(i));
  }
  out << "<h2>Scorecard by standard</h2><p class=\"meta\">Share of scored "
         "staff messages (S1: inbound messages) meeting each standard; a "
         "message scores 0-100 by weighted standards, 0 when an auto-fail "
         "standard has a finding.</p>"
      << StandardBarsSvg(names, rates)
      << "<table id=\"scorecard\"><thead><tr><th>Group</th><th>Scored</th>"
         "<th>Mean score</th><th>Auto-failed</th>";
  for (const std::string& n : names) out << "<th>" << n << "</th>";
  out << "</tr></thead><tbody>";
  ScorecardRow(out, "district", "District", s.scorecard);
  for (const auto& [name, rollup] : s.departments) {
    ScorecardRow(out, "department:" + name, name, rollup);
  }
  for (const StaffStats& person : s.staff) {
    ScorecardRow(out, "staff:" + person.address,
                 person.name.empty() ? person.address : person.name,
                 person.scorecard);
  }
  out << "</tbody></table>";
}

void TrendsSection(const AuditTrends& trends, std::ostream& out) {
  std::vector<TrendSeries> standards, staff;
  for (const auto& s : trends.standards)
    standards.push_back({s.name, s.values});
  for (const auto& s : trends.staff) staff.push_back({s.name, s.values});
  out << "<h2>Trends by week</h2><p class=\"meta\">From the audit store: "
         "pass rate per standard and mean score per staff member, by the "
         "week (starting Monday) the messages were sent.</p><h3>Pass rate by "
         "standard</h3>"
      << TrendSvg("trend-standards", trends.weeks, standards)
      << "<p class=\"meta\">";
  for (const auto& s : standards) out << "<code>" << Esc(s.name) << "</code> ";
  out << "</p><h3>Mean score by staff member</h3>"
      << TrendSvg("trend-staff", trends.weeks, staff) << "<p class=\"meta\">";
  for (const auto& s : staff) out << "<code>" << Esc(s.name) << "</code> ";
  out << "</p>";
}

void Charts(const AuditReport& report, std::ostream& out) {
  double limit = report.data.settings.limit_hours;
  out << "<h2>Response times</h2><p class=\"meta\">Counted hours from each "
         "inbound message to the first staff reply (green: within the "
      << Esc(HoursText(limit)) << " limit).</p>"
      << HistogramSvg(ResponseBins(report.stats.responses.hours, limit), limit)
      << "<h2>When late messages arrived</h2><p class=\"meta\">Late and "
         "unanswered inbound messages by the weekday and hour they arrived ("
      << Esc(report.data.timezone) << ").</p>"
      << WeekdayHourSvg(report.stats.late_by_weekday_hour);
}

}  // namespace

void WriteAuditHtml(const AuditReport& report, std::ostream& out) {
  const AuditData& d = report.data;
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\"><title>Reply turnaround audit</title><style>"
      << kStyle << "</style></head><body><h1>Reply turnaround audit</h1>"
      << "<p class=\"meta\">As of <time id=\"as-of\" datetime=\""
      << Esc(report.clock.FormatLocal(d.settings.as_of)) << "\">"
      << Esc(ReadableTime(report.clock, d.settings.as_of)) << "</time> · limit "
      << Esc(HoursText(d.settings.limit_hours)) << " on the "
      << Esc(d.clock_name) << " clock · " << Esc(d.timezone) << " · "
      << "<span id=\"stat-messages\" data-value=\"" << report.stats.messages
      << "\">" << report.stats.messages << "</span> messages in "
      << "<span id=\"stat-threads\" data-value=\"" << d.index.thread_count()
      << "\">" << d.index.thread_count() << "</span> threads</p>";
  Cards(report, out);
  Charts(report, out);
  ScorecardSection(report, out);
  if (report.trends != nullptr) TrendsSection(*report.trends, out);
  StaffTable(report, out);
  LateTable(report, out);
  FindingsSection(report, out);
  out << "<p class=\"meta\">Generated by maillint audit. Unreadable messages: "
      << d.read_errors.size() << ".</p></body></html>\n";
}

}  // namespace maillint
