// The text audit format: summary tables for a terminal or an email.
#include <cmath>
#include <cstdio>
#include <iomanip>

#include "audit/audit_report.h"
#include "audit/scorecard.h"

namespace maillint {
namespace {

size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// `s` cut to `width` code points (with "…") and padded with spaces.
std::string Cell(const std::string& s, size_t width, bool right = false) {
  std::string text = s;
  if (Width(text) > width) {
    size_t keep = 0, seen = 0;
    while (keep < text.size() && seen < width - 1) {
      ++keep;
      while (keep < text.size() && (text[keep] & 0xC0) == 0x80) ++keep;
      ++seen;
    }
    text = text.substr(0, keep) + "…";
  }
  std::string pad(width - Width(text), ' ');
  return right ? pad + text : text + pad + " ";
}

std::string Num(int n, size_t width) {
  return Cell(std::to_string(n), width, true);
}

void Summary(const AuditReport& report, std::ostream& out) {
  const AuditData& d = report.data;
  const AuditStats& s = report.stats;
  out << "Mailbox audit as of " << report.clock.FormatLocal(d.settings.as_of)
      << "\nlimit " << HoursText(d.settings.limit_hours) << ", " << d.clock_name
      << " clock, " << d.timezone << "\n\n";
  out << s.messages << " messages in " << d.index.thread_count() << " threads:";
  const char* sep = " ";
  for (const auto& [kind, count] : s.by_kind) {
    out << sep << count << " " << MailKindName(kind);
    sep = ", ";
  }
  out << "\n";
  if (!d.read_errors.empty()) {
    out << d.read_errors.size() << " messages could not be read\n";
  }
  const ResponseStats& r = s.responses;
  out << "\nInbound messages       " << Num(r.inbound, 5) << "\n"
      << "  answered in time     " << Num(r.answered_in_time, 5) << "\n"
      << "  answered late        " << Num(r.late, 5) << "\n"
      << "  unanswered (late)    " << Num(r.unanswered, 5) << "\n"
      << "  waiting (in time)    " << Num(r.waiting, 5) << "\n"
      << "Response time          median " << HoursCell(r.median)
      << ", 90th percentile " << HoursCell(r.p90) << "\n"
      << "Staff messages passing the other rules: " << s.quality.passed
      << " of " << s.quality.checked << " ("
      << PercentCell(s.quality.PassRate()) << "), "
      << s.quality.passed_with_warnings << " of them with warnings\n";
  if (d.excluded > 0) {
    out << d.excluded << " messages outside the audited time range left out\n";
  }
}

void StaffTableText(const AuditReport& report, std::ostream& out) {
  if (report.stats.staff.empty()) return;
  out << "\nPer staff member\n  " << Cell("staff", 32)
      << Cell("answered", 9, true) << Cell("late", 6, true)
      << Cell("unanswered", 11, true) << Cell("median", 9, true)
      << Cell("p90", 9, true) << Cell("pass rate", 10, true) << "\n";
  for (const StaffStats& s : report.stats.staff) {
    const ResponseStats& r = s.responses;
    out << "  " << Cell(s.address, 32) << Num(r.answered, 9) << Num(r.late, 6)
        << Num(r.unanswered, 11) << Cell(HoursCell(r.median), 9, true)
        << Cell(HoursCell(r.p90), 9, true)
        << Cell(PercentCell(s.quality.PassRate()), 10, true) << "\n";
  }
}

void LateList(const AuditReport& report, std::ostream& out) {
  const AuditData& d = report.data;
  bool header = false;
  for (const InboundOutcome* overdue : OverdueByTime(d)) {
    const InboundOutcome& o = *overdue;
    if (!header) {
      out << "\nLate and unanswered\n  " << Cell("status", 11)
          << Cell("received", 22) << Cell("elapsed", 9, true) << "  "
          << Cell("from", 28) << Cell("subject", 30) << "answered by\n";
      header = true;
    }
    const MailRecord& r = d.records[o.record];
    out << "  " << Cell(InboundStatusName(o.status), 11)
        << Cell(ReadableTime(report.clock, r.time), 22)
        << Cell(HoursCell(o.elapsed_hours), 9, true) << "  "
        << Cell(r.FromDisplay(), 28) << Cell(r.subject, 30)
        << (o.answered_by >= 0 ? d.records[o.answered_by].from_address : "-")
        << "\n";
  }
}

std::string Score(double score) {
  if (std::isnan(score)) return "-";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.1f", score);
  return buffer;
}

void ScorecardText(const AuditReport& report, std::ostream& out) {
  const AuditStats& s = report.stats;
  out << "\nScorecard (pass rate by standard; score 0-100, auto-fail "
         "standards score 0)\n  "
      << Cell("", 32) << Cell("msgs", 5, true) << Cell("score", 6, true)
      << Cell("auto", 5, true);
  for (int i = 0; i < kStandardCount; ++i) {
    out << Cell(StandardName(i), 5, true);
  }
  out << "\n";
  auto row = [&](const std::string& name, const ScoreRollup& r) {
    out << "  " << Cell(name, 32) << Num(r.messages, 5)
        << Cell(Score(r.MeanScore()), 6, true) << Num(r.auto_failed, 5);
    for (int i = 0; i < kStandardCount; ++i) {
      double rate = r.PassRate(i);
      out << Cell(std::isnan(rate) ? "n/a" : PercentCell(rate), 5, true);
    }
    out << "\n";
  };
  row("district", s.scorecard);
  for (const auto& [name, rollup] : s.departments) {
    row("department " + name, rollup);
  }
  for (const StaffStats& person : s.staff)
    row(person.address, person.scorecard);
}

void TopViolations(const AuditReport& report, std::ostream& out) {
  auto top = report.stats.quality.Top(10);
  if (top.empty()) return;
  out << "\nTop rule violations in staff messages\n";
  for (const auto& [rule, count] : top) {
    out << "  " << Cell(rule, 40) << Num(count, 5) << "\n";
  }
}

}  // namespace

void WriteAuditText(const AuditReport& report, std::ostream& out) {
  Summary(report, out);
  StaffTableText(report, out);
  ScorecardText(report, out);
  LateList(report, out);
  TopViolations(report, out);
}

}  // namespace maillint
