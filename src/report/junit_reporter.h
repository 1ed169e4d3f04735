// JunitReporter: JUnit XML (--format junit), for CI dashboards (Jenkins,
// GitLab, GitHub test reporters).
//
//   <testsuites name="maillint" tests= failures= errors=>
//     <testsuite name="maillint" tests= failures= errors= skipped="0">
//       <testcase classname="maillint" name="PATH[#INDEX]">   one per message
//         <failure message="..." type="fail">every finding, one per
//         line</failure> <error message="reason" type="error"/>     (could not
//         be checked) <system-out>findings of a passing message</system-out>
//
// The suite's counts precede its test cases, so the test cases are kept in
// memory (as text) until End(). Text is XML-escaped; characters XML 1.0
// forbids are dropped and invalid UTF-8 becomes U+FFFD.
#ifndef MAILLINT_SRC_REPORT_JUNIT_REPORTER_H_
#define MAILLINT_SRC_REPORT_JUNIT_REPORTER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "report/reporter.h"

namespace maillint {

class JunitReporter : public Reporter {
 public:
  JunitReporter(std::ostream& out, const ReportOptions& options)
      : out_(out), options_(options) {}

  void OnMessage(const MessageResult& result) override;
  void End(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  ReportOptions options_;
  std::string testcases_;
};

// Escapes `text` for XML character data and attribute values.
std::string XmlEscape(std::string_view text);

}  // namespace maillint

#endif  // MAILLINT_SRC_REPORT_JUNIT_REPORTER_H_
