#include "lint/message_result.h"

namespace maillint {

const char* MessageStatusName(MessageStatus s) {
  switch (s) {
    case MessageStatus::kPass:
      return "pass";
    case MessageStatus::kFail:
      return "fail";
    case MessageStatus::kError:
      return "error";
  }
  return "error";
}

std::string Plural(int count, std::string_view noun) {
  std::string text = std::to_string(count) + " " + std::string(noun);
  if (count != 1 && noun != "info") text += "s";
  return text;
}

std::string CountFindings(const std::vector<Finding>& findings) {
  int counts[3] = {0, 0, 0};
  for (const Finding& f : findings) ++counts[static_cast<int>(f.severity)];
  std::string text;
  for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
    int n = counts[static_cast<int>(s)];
    if (n == 0) continue;
    if (!text.empty()) text += ", ";
    text += Plural(n, SeverityName(s));
  }
  return text;
}

void RunSummary::Add(const MessageResult& result) {
  ++messages;
  switch (result.status) {
    case MessageStatus::kPass:
      ++passed;
      if (!result.findings.empty()) ++passed_with_findings;
      break;
    case MessageStatus::kFail:
      ++failed;
      break;
    case MessageStatus::kError:
      ++errors;
      break;
  }
  for (const Finding& f : result.findings) {
    ++findings_by_severity[static_cast<int>(f.severity)];
  }
}

}  // namespace maillint
