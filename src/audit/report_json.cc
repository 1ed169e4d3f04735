// The json audit format (shape documented in audit/audit_report.h).
#include <cmath>
#include <nlohmann/json.hpp>

#include "audit/audit_report.h"

namespace maillint {
namespace {

using Json = nlohmann::ordered_json;

Json Number(double value) {
  return std::isnan(value) ? Json(nullptr) : Json(RoundHours(value));
}

Json OrNull(const std::string& s) {
  return s.empty() ? Json(nullptr) : Json(s);
}

Json FindingsJson(const std::vector<Finding>& findings) {
  Json list = Json::array();
  for (const Finding& f : findings) {
    Json j = {{"rule_id", f.rule_id},
              {"severity", SeverityName(f.severity)},
              {"message", f.message}};
    if (f.line > 0) {
      j["line"] = f.line;
      j["column"] = f.column;
    }
    if (!f.excerpt.empty()) j["excerpt"] = f.excerpt;
    if (!f.suggestion.empty()) j["suggestion"] = f.suggestion;
    list.push_back(std::move(j));
  }
  return list;
}

Json TopJson(const RuleQuality& q) {
  Json top = Json::array();
  for (const auto& [rule, count] : q.Top(10)) {
    top.push_back({{"rule", rule}, {"count", count}});
  }
  return top;
}

void AddResponses(const ResponseStats& r, const RuleQuality& q, Json& j) {
  j["inbound"] = r.inbound;
  j["answered"] = r.answered;
  j["answered_in_time"] = r.answered_in_time;
  j["late"] = r.late;
  j["unanswered"] = r.unanswered;
  j["waiting"] = r.waiting;
  j["median_hours"] = Number(r.median);
  j["p90_hours"] = Number(r.p90);
  j["staff_messages_checked"] = q.checked;
  j["staff_messages_passed"] = q.passed;
  j["pass_rate"] = std::isnan(q.PassRate())
                       ? Json(nullptr)
                       : Json(std::round(q.PassRate() * 10000) / 10000);
  j["top_violations"] = TopJson(q);
}

Json SummaryJson(const AuditReport& report) {
  const AuditStats& s = report.stats;
  const ThreadingStats& t = report.data.index.stats();
  Json j = {{"messages", s.messages}, {"threads", t.threads}};
  Json kinds = Json::object();
  for (const auto& [kind, count] : s.by_kind) kinds[MailKindName(kind)] = count;
  j["kinds"] = kinds;
  AddResponses(s.responses, s.quality, j);
  j["threading"] = {{"missing_ids", t.missing_ids},
                    {"duplicate_ids", t.duplicate_ids},
                    {"loops_broken", t.loops_broken},
                    {"missing_parents", t.missing_parents},
                    {"subject_joins", t.subject_joins}};
  j["read_errors"] = report.data.read_errors;
  return j;
}

Json InboundJson(const AuditReport& report, const InboundOutcome& o) {
  const AuditData& d = report.data;
  const MailRecord& r = d.records[o.record];
  Json j = {{"message_id", OrNull(r.message_id)},
            {"from", r.FromDisplay()},
            {"subject", r.subject},
            {"received", report.clock.FormatLocal(r.time)}};
  if (o.answered_by >= 0) {
    const MailRecord& reply = d.records[o.answered_by];
    j["answered_by"] = RecordLabel(reply);
    j["answered_by_from"] = reply.FromDisplay();
    j["answered_at"] = report.clock.FormatLocal(reply.time);
  } else {
    j["answered_by"] = nullptr;
    j["answered_by_from"] = nullptr;
    j["answered_at"] = nullptr;
  }
  j["elapsed_hours"] = RoundHours(o.elapsed_hours);
  j["late"] = o.late;
  j["status"] = InboundStatusName(o.status);
  j["thread"] = d.index.ThreadOf(r.index);
  j["findings"] = FindingsJson(d.checks[r.index].findings);
  return j;
}

Json StaffMessagesJson(const AuditReport& report) {
  Json list = Json::array();
  for (const MailRecord& r : report.data.records) {
    const RecordCheck& c = report.data.checks[r.index];
    if (!c.all_rules) continue;
    list.push_back(
        {{"message_id", OrNull(r.message_id)},
         {"from", r.FromDisplay()},
         {"subject", r.subject},
         {"date", r.has_time() ? Json(report.clock.FormatLocal(r.time))
                               : Json(nullptr)},
         {"kind", MailKindName(r.kind)},
         {"status", MessageStatusName(c.status)},
         {"findings", FindingsJson(c.findings)}});
  }
  return list;
}

}  // namespace

void WriteAuditJson(const AuditReport& report, std::ostream& out) {
  const AuditData& d = report.data;
  Json j = {{"as_of", report.clock.FormatLocal(d.settings.as_of)},
            {"limit_hours", d.settings.limit_hours},
            {"clock", d.clock_name},
            {"timezone", d.timezone}};
  j["summary"] = SummaryJson(report);
  Json staff = Json::array();
  for (const StaffStats& s : report.stats.staff) {
    Json row = {{"address", s.address}, {"name", s.name}};
    AddResponses(s.responses, s.quality, row);
    staff.push_back(std::move(row));
  }
  j["staff"] = std::move(staff);
  Json inbound = Json::array();
  for (const InboundOutcome& o : d.outcomes) {
    inbound.push_back(InboundJson(report, o));
  }
  j["inbound"] = std::move(inbound);
  j["staff_messages"] = StaffMessagesJson(report);
  out << j.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace maillint
