#include "report/report_json.h"

#include "version.h"

namespace maillint {
namespace {

OrderedJson PositiveOrNull(int value) {
  return value > 0 ? OrderedJson(value) : OrderedJson(nullptr);
}

OrderedJson OffsetOrNull(int64_t value) {
  return value >= 0 ? OrderedJson(value) : OrderedJson(nullptr);
}

OrderedJson TextOrNull(const std::string& text) {
  return text.empty() ? OrderedJson(nullptr) : OrderedJson(text);
}

OrderedJson SourceToJson(const MessageResult& r) {
  OrderedJson source;
  source["path"] = r.origin.path;
  source["index"] =
      r.origin.index >= 0 ? OrderedJson(r.origin.index) : OrderedJson(nullptr);
  source["byte_offset"] = r.origin.byte_offset;
  source["message_id"] = TextOrNull(r.message_id);
  source["subject"] = TextOrNull(r.subject);
  source["from"] = TextOrNull(r.from);
  return source;
}

}  // namespace

OrderedJson FindingToJson(const Finding& f) {
  bool positioned = f.line > 0;
  OrderedJson j;
  j["rule"] = f.rule_id;
  j["severity"] = SeverityName(f.severity);
  j["message"] = f.message;
  j["line"] = PositiveOrNull(f.line);
  j["column"] = PositiveOrNull(f.column);
  j["end_line"] = PositiveOrNull(f.end_line);
  j["end_column"] = PositiveOrNull(f.end_column);
  j["byte_begin"] = OffsetOrNull(f.byte_begin);
  j["byte_end"] = OffsetOrNull(f.byte_end);
  j["file_position"] = positioned && f.file_position;
  j["excerpt"] = TextOrNull(f.excerpt);
  j["suggestion"] = TextOrNull(f.suggestion);
  j["doc_link"] = TextOrNull(f.doc_link);
  return j;
}

OrderedJson MessageResultToJson(const MessageResult& r) {
  OrderedJson j;
  j["status"] = MessageStatusName(r.status);
  j["error"] = r.status == MessageStatus::kError ? OrderedJson(r.error)
                                                 : OrderedJson(nullptr);
  j["source"] = SourceToJson(r);
  OrderedJson findings = OrderedJson::array();
  for (const Finding& f : r.findings) findings.push_back(FindingToJson(f));
  j["findings"] = std::move(findings);
  return j;
}

OrderedJson SummaryToJson(const RunSummary& s) {
  OrderedJson j;
  j["messages"] = s.messages;
  j["passed"] = s.passed;
  j["failed"] = s.failed;
  j["errors"] = s.errors;
  j["findings"] = {
      {"error", s.findings_by_severity[static_cast<int>(Severity::kError)]},
      {"warning", s.findings_by_severity[static_cast<int>(Severity::kWarning)]},
      {"info", s.findings_by_severity[static_cast<int>(Severity::kInfo)]}};
  return j;
}

OrderedJson ToolToJson() {
  return {{"name", "maillint"}, {"version", kMaillintVersion}};
}

std::string DumpJson(const OrderedJson& value, int indent) {
  return value.dump(indent, ' ', false,
                    nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace maillint
