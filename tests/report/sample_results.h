// Hand-made MessageResults shared by the reporter tests.
#ifndef MAILLINT_TESTS_REPORT_SAMPLE_RESULTS_H_
#define MAILLINT_TESTS_REPORT_SAMPLE_RESULTS_H_

#include <sstream>
#include <string>
#include <vector>

#include "lint/message_result.h"
#include "report/reporter.h"

namespace maillint::testing {

// inbox.mbox#2, status fail: an error at file line 12 (with excerpt and a
// suggestion) and a message-level warning.
inline MessageResult FailingMailboxMessage() {
  MessageResult r;
  r.origin.path = "inbox.mbox";
  r.origin.index = 2;
  r.origin.byte_offset = 4096;
  r.message_id = "abc@pghschools.org";
  r.subject = "Re: bus schedule";
  r.from = "Ana Ruiz <ana@pghschools.org>";
  r.status = MessageStatus::kFail;
  Finding placeholder;
  placeholder.rule_id = "proofreading.placeholder";
  placeholder.severity = Severity::kError;
  placeholder.message = "template placeholder left in";
  placeholder.suggestion = "write the family's name";
  placeholder.line = placeholder.end_line = 12;
  placeholder.column = 6;
  placeholder.end_column = 12;
  placeholder.byte_begin = 310;
  placeholder.byte_end = 316;
  placeholder.file_position = true;
  placeholder.excerpt = "Dear [NAME],";
  placeholder.excerpt_column = 6;
  placeholder.excerpt_width = 6;
  Finding greeting;
  greeting.rule_id = "greeting.missing";
  greeting.severity = Severity::kWarning;
  greeting.message = "the reply has no greeting";
  r.findings = {greeting, placeholder};
  return r;
}

// reply.eml (single message), status pass, one info finding at a body
// position (decoded text, not a file line).
inline MessageResult PassingMessageWithInfo() {
  MessageResult r;
  r.origin.path = "reply.eml";
  r.subject = "Re: lunch";
  r.status = MessageStatus::kPass;
  Finding f;
  f.rule_id = "proofreading.readability";
  f.severity = Severity::kInfo;
  f.message = "long sentence";
  f.line = f.end_line = 3;
  f.column = 1;
  f.end_column = 9;
  f.file_position = false;
  f.excerpt = "Sentence goes on.";
  f.excerpt_column = 1;
  f.excerpt_width = 8;
  r.findings = {f};
  return r;
}

inline MessageResult UnreadableMessage() {
  MessageResult r;
  r.origin.path = "broken.eml";
  r.status = MessageStatus::kError;
  r.error = "broken.eml: cannot open";
  return r;
}

inline std::vector<MessageResult> SampleRun() {
  return {FailingMailboxMessage(), PassingMessageWithInfo(),
          UnreadableMessage()};
}

// Runs `format` over `results` and returns what it wrote.
inline std::string Render(const std::string& format,
                          const std::vector<MessageResult>& results,
                          ReportOptions options = {}) {
  std::ostringstream out;
  auto reporter = MakeReporter(format, out, options);
  if (!reporter) return "MakeReporter failed: " + reporter.error().message();
  RunSummary summary;
  (*reporter)->Begin();
  for (const MessageResult& r : results) {
    summary.Add(r);
    (*reporter)->OnMessage(r);
  }
  (*reporter)->End(summary);
  return out.str();
}

}  // namespace maillint::testing

#endif  // MAILLINT_TESTS_REPORT_SAMPLE_RESULTS_H_
