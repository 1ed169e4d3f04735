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

void RunSummary::Add(const MessageResult& result) {
  ++messages;
  switch (result.status) {
    case MessageStatus::kPass:
      ++passed;
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
