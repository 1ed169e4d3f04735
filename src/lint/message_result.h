// MessageResult: the verdict on one message, as reporters see it.
#ifndef MAILLINT_SRC_LINT_MESSAGE_RESULT_H_
#define MAILLINT_SRC_LINT_MESSAGE_RESULT_H_

#include <string>
#include <vector>

#include "lint/finding.h"
#include "mail/message.h"

namespace maillint {

enum class MessageStatus { kPass, kFail, kError };
const char* MessageStatusName(MessageStatus s);  // "pass" | "fail" | "error"

struct MessageResult {
  Origin origin;
  std::string message_id;
  std::string subject;  // decoded
  std::string from;     // decoded "Name <addr>"
  MessageStatus status = MessageStatus::kPass;
  std::string error;              // why status is kError
  std::vector<Finding> findings;  // sorted by position
};

// Totals over a run.
struct RunSummary {
  int messages = 0;
  int passed = 0;
  int failed = 0;
  int errors = 0;
  int findings_by_severity[3] = {0, 0, 0};  // indexed by Severity

  void Add(const MessageResult& result);
  // Exit code: 0 all passed, 1 some failed or could not be read.
  int ExitCode() const { return (failed > 0 || errors > 0) ? 1 : 0; }
};

// Reporter: receives the results of a run. The runner calls Begin() once,
// OnMessage() once per message in input order, then End(). The formats live
// in report/ (report/reporter.h); the interface lives here so the runner
// does not depend on them.
class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void Begin() {}
  virtual void OnMessage(const MessageResult& result) = 0;
  virtual void End(const RunSummary& summary) = 0;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_MESSAGE_RESULT_H_
