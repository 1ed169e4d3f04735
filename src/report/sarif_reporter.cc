#include "report/sarif_reporter.h"

#include <cctype>

#include "version.h"

namespace maillint {
namespace {

constexpr const char* kSarifSchemaUri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
    "sarif-schema-2.1.0.json";

bool IsUnreserved(unsigned char c) {
  return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' ||
         c == '/';
}

OrderedJson MessageText(const std::string& text) { return {{"text", text}}; }

OrderedJson ArtifactLocation(const MessageResult& message) {
  return {{"physicalLocation",
           {{"artifactLocation", {{"uri", PathToUri(message.origin.path)}}}}}};
}

OrderedJson Region(const Finding& f) {
  OrderedJson region = {{"startLine", f.line},
                        {"startColumn", std::max(1, f.column)}};
  if (f.end_line >= f.line && f.end_column > 0) {
    region["endLine"] = f.end_line;
    region["endColumn"] = f.end_column;
  }
  if (!f.excerpt.empty()) region["snippet"] = MessageText(f.excerpt);
  return region;
}

OrderedJson RuleDescriptor(const RuleInfo& info) {
  OrderedJson rule = {{"id", info.id}};
  if (!info.summary.empty())
    rule["shortDescription"] = MessageText(info.summary);
  if (!info.doc.empty()) {
    rule["help"] = {{"text", info.summary.empty() ? info.id : info.summary},
                    {"markdown", info.doc}};
  }
  rule["defaultConfiguration"] = {{"level", SarifLevel(info.default_severity)}};
  OrderedJson properties = {{"tags", OrderedJson::array({info.family()})}};
  if (!info.standard.empty()) properties["standard"] = info.standard;
  rule["properties"] = std::move(properties);
  return rule;
}

}  // namespace

const char* SarifLevel(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "warning";
}

std::string PathToUri(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string uri = !path.empty() && path.front() == '/' ? "file://" : "";
  for (char ch : path) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (IsUnreserved(c)) {
      uri += ch;
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 0xF];
    }
  }
  return uri;
}

SarifReporter::SarifReporter(std::ostream& out, const ReportOptions& options)
    : out_(out), options_(options) {
  for (const RuleInfo* info : options_.rules) {
    if (info == nullptr) continue;
    int index = static_cast<int>(known_rules_.size());
    if (rule_index_.emplace(info->id, index).second)
      known_rules_.push_back(info);
  }
}

int SarifReporter::RuleIndex(const std::string& rule_id) {
  auto it = rule_index_.find(rule_id);
  if (it != rule_index_.end()) return it->second;
  int index = static_cast<int>(rule_index_.size());
  rule_index_.emplace(rule_id, index);
  extra_rules_.push_back(rule_id);
  return index;
}

void SarifReporter::Begin() {
  if (begun_) return;
  begun_ = true;
  out_ << "{\n  \"$schema\": \"" << kSarifSchemaUri
       << "\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n"
       << "      \"columnKind\": \"unicodeCodePoints\",\n"
       << "      \"results\": [";
}

OrderedJson SarifReporter::Result(const MessageResult& message,
                                  const Finding& f) {
  OrderedJson result = {
      {"ruleId", f.rule_id},
      {"ruleIndex", RuleIndex(f.rule_id)},
      {"level", SarifLevel(f.severity)},
      {"message", MessageText(f.message.empty() ? f.rule_id : f.message)}};
  OrderedJson location = ArtifactLocation(message);
  OrderedJson properties = OrderedJson::object();
  if (f.line > 0 && f.file_position) {
    location["physicalLocation"]["region"] = Region(f);
  } else if (f.line > 0) {
    properties["bodyLine"] = f.line;
    properties["bodyColumn"] = f.column;
  }
  result["locations"] = OrderedJson::array({location});
  if (message.origin.index >= 0)
    properties["messageIndex"] = message.origin.index;
  if (!message.message_id.empty()) properties["messageId"] = message.message_id;
  if (!properties.empty()) result["properties"] = std::move(properties);
  return result;
}

OrderedJson SarifReporter::Notification(const MessageResult& message) const {
  std::string text =
      message.error.empty() ? "could not be checked" : message.error;
  return {{"level", "error"},
          {"message", MessageText(text)},
          {"locations", OrderedJson::array({ArtifactLocation(message)})}};
}

void SarifReporter::OnMessage(const MessageResult& message) {
  Begin();
  if (message.status == MessageStatus::kError) {
    notifications_.push_back(Notification(message));
  }
  for (const Finding& f : message.findings) {
    out_ << (first_result_ ? "\n        " : ",\n        ")
         << DumpJson(Result(message, f));
    first_result_ = false;
  }
}

OrderedJson SarifReporter::Driver() const {
  OrderedJson rules = OrderedJson::array();
  for (const RuleInfo* info : known_rules_)
    rules.push_back(RuleDescriptor(*info));
  for (const std::string& id : extra_rules_) rules.push_back({{"id", id}});
  return {{"name", "maillint"},
          {"version", kMaillintVersion},
          {"semanticVersion", kMaillintVersion},
          {"rules", std::move(rules)}};
}

void SarifReporter::End(const RunSummary&) {
  Begin();
  OrderedJson invocation = {{"executionSuccessful", true}};
  if (!notifications_.empty()) {
    invocation["toolExecutionNotifications"] = notifications_;
  }
  out_ << (first_result_ ? "],\n" : "\n      ],\n")
       << "      \"tool\": " << DumpJson(OrderedJson{{"driver", Driver()}})
       << ",\n      \"invocations\": "
       << DumpJson(OrderedJson::array({invocation})) << "\n    }\n  ]\n}\n";
  out_.flush();
}

}  // namespace maillint
