// The json audit format (shape documented in audit/audit_report.h).
#include "report/report_json.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "audit/audit_report.h"
#include "audit/audit_store.h"
#include "audit/scorecard.h"

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
  for (const Finding& f : findings) list.push_back(FindingToJson(f));
  return list;
}

Json Rate(double rate) {
  return std::isnan(rate) ? Json(nullptr)
                          : Json(std::round(rate * 10000) / 10000);
}

Json RollupJson(const ScoreRollup& r) {
  Json j = {{"messages", r.messages},
            {"mean_score", Number(r.MeanScore())},
            {"auto_failed", r.auto_failed}};
  Json standards = Json::array();
  for (int i = 0; i < kStandardCount; ++i) {
    const auto& c = r.by_standard[i];
    standards.push_back(
        {{"standard", StandardName(i)},
         {"pass", c[static_cast<int>(StandardStatus::kPass)]},
         {"pass_with_warnings",
          c[static_cast<int>(StandardStatus::kPassWithWarnings)]},
         {"fail", c[static_cast<int>(StandardStatus::kFail)]},
         {"not_applicable",
          c[static_cast<int>(StandardStatus::kNotApplicable)]},
         {"pass_rate", Rate(r.PassRate(i))}});
  }
  j["standards"] = std::move(standards);
  return j;
}

Json StandardsJson(const StandardResults& results, Severity fail_on) {
  Json j = Json::object();
  for (int i = 0; i < kStandardCount; ++i) {
    const StandardResult& r = results[i];
    Json one = {{"status", StandardStatusName(r.Status(fail_on))}};
    if (r.applicable) {
      for (Severity s :
           {Severity::kError, Severity::kWarning, Severity::kInfo}) {
        one[SeverityName(s)] = r.counts[static_cast<int>(s)];
      }
    }
    j[StandardName(i)] = std::move(one);
  }
  return j;
}

Json ScorecardJson(const AuditReport& report) {
  const ScoreSettings settings = ScoreSettings::FromConfig(report.config);
  Json weights = Json::object(), auto_fail = Json::array();
  for (int i = 0; i < kStandardCount; ++i) {
    weights[StandardName(i)] = settings.weights[i];
    if (settings.auto_fail[i]) auto_fail.push_back(StandardName(i));
  }
  Json departments = Json::array();
  for (const auto& [name, rollup] : report.stats.departments) {
    Json d = {{"department", name}};
    d.update(RollupJson(rollup));
    departments.push_back(std::move(d));
  }
  return {{"weights", weights},
          {"auto_fail", auto_fail},
          {"district", RollupJson(report.stats.scorecard)},
          {"departments", departments}};
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
  j["staff_messages_passed_with_warnings"] = q.passed_with_warnings;
  j["pass_rate"] = Rate(q.PassRate());
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
  j["excluded"] = report.data.excluded;
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

Json StaffMessageJson(const AuditReport& report, const ScoreSettings& settings,
                      const MailRecord& r) {
  const RecordCheck& c = report.data.checks[r.index];
  Json m = {{"message_id", OrNull(r.message_id)},
            {"from", r.FromDisplay()},
            {"subject", r.subject},
            {"date", r.has_time() ? Json(report.clock.FormatLocal(r.time))
                                  : Json(nullptr)},
            {"kind", MailKindName(r.kind)},
            {"status", MessageStatusName(c.status)},
            {"verdict", Verdict(c, report.config.fail_on)},
            {"scored", c.scored}};
  MessageScore score = ScoreMessage(c.standards, settings);
  m["score"] =
      c.scored && score.scored ? Json(RoundHours(score.score)) : Json(nullptr);
  m["auto_failed"] = c.scored && score.auto_failed;
  m["standards"] = StandardsJson(c.standards, report.config.fail_on);
  m["findings"] = FindingsJson(c.findings);
  return m;
}

// Writes one JSON object as Json::dump(2) would, member by member; arrays
// can be written element by element.
class JsonStream {
 public:
  explicit JsonStream(std::ostream& out) : out_(out) { out_ << "{"; }
  void Value(const std::string& key, const Json& value) {
    Key(key);
    Indented(value, 1);
  }
  void BeginArray(const std::string& key) {
    Key(key);
    elements_ = 0;
  }
  void Element(const Json& value) {
    out_ << (elements_++ == 0 ? "[\n    " : ",\n    ");
    Indented(value, 2);
  }
  void EndArray() { out_ << (elements_ == 0 ? "[]" : "\n  ]"); }
  void End() { out_ << (members_ == 0 ? "}\n" : "\n}\n"); }

 private:
  void Key(const std::string& key) {
    out_ << (members_++ == 0 ? "\n  " : ",\n  ") << Json(key).dump() << ": ";
  }
  // `value` at nesting `depth`: every line after the first indented by it
  // (raw newlines occur only between tokens; strings escape theirs).
  void Indented(const Json& value, int depth) {
    std::string text =
        value.dump(2, ' ', false, Json::error_handler_t::replace);
    std::string pad(2 * depth, ' ');
    for (char c : text) {
      out_ << c;
      if (c == '\n') out_ << pad;
    }
  }
  std::ostream& out_;
  int members_ = 0;
  int elements_ = 0;
};

// `scale` 100: fractions shown as scores 0..100 (rounded to 0.01).
Json SeriesJson(const std::vector<AuditTrends::Series>& series, const char* key,
                const char* field, double scale) {
  Json list = Json::array();
  for (const auto& s : series) {
    Json values = Json::array();
    for (double v : s.values) {
      values.push_back(scale == 1 ? Rate(v) : Number(v * scale));
    }
    list.push_back({{key, s.name}, {field, values}});
  }
  return list;
}

Json TrendsJson(const AuditTrends& t) {
  return {{"weeks", t.weeks},
          {"standards", SeriesJson(t.standards, "standard", "pass_rate", 1)},
          {"staff", SeriesJson(t.staff, "address", "mean_score", 100)}};
}

}  // namespace

void WriteAuditJson(const AuditReport& report, std::ostream& out) {
  const AuditData& d = report.data;
  Json head = {{"schema_version", kAuditSchemaVersion},
               {"tool", ToolToJson()},
               {"fail_on", SeverityName(report.config.fail_on)},
               {"as_of", report.clock.FormatLocal(d.settings.as_of)},
               {"limit_hours", d.settings.limit_hours},
               {"clock", d.clock_name},
               {"timezone", d.timezone}};
  head["summary"] = SummaryJson(report);
  Json staff = Json::array();
  for (const StaffStats& s : report.stats.staff) {
    Json row = {
        {"address", s.address}, {"name", s.name}, {"department", s.department}};
    AddResponses(s.responses, s.quality, row);
    row["scorecard"] = RollupJson(s.scorecard);
    staff.push_back(std::move(row));
  }
  head["staff"] = std::move(staff);
  head["scorecard"] = ScorecardJson(report);
  // The per-message lists are written one element at a time, so that the
  // report never holds a second copy of the mailbox in memory.
  JsonStream stream(out);
  for (const auto& [key, value] : head.items()) stream.Value(key, value);
  stream.BeginArray("inbound");
  for (const InboundOutcome& o : d.outcomes) {
    stream.Element(InboundJson(report, o));
  }
  stream.EndArray();
  stream.BeginArray("staff_messages");
  const ScoreSettings settings = ScoreSettings::FromConfig(report.config);
  for (const MailRecord& r : d.records) {
    if (d.checks[r.index].all_rules) {
      stream.Element(StaffMessageJson(report, settings, r));
    }
  }
  stream.EndArray();
  if (report.trends != nullptr) {
    stream.Value("trends", TrendsJson(*report.trends));
  }
  stream.End();
}

}  // namespace maillint
