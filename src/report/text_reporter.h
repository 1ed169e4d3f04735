// TextReporter: the human-readable report (--format text, the default).
//
// Per finding, compiler style, then the offending line with a caret:
//
//   reply.eml:12:7: warning: template placeholder left in
//   [proofreading.placeholder]
//       Dear [NAME],
//            ^^^^^^
//
// Findings inside a mailbox show the message's 0-based index after '#'
// ("inbox.mbox#3:..."). When a position is not a file position (the text was
// decoded or rendered from HTML) it reads "path: body L:C: ..." so editors do
// not jump to a wrong line; findings without a position omit it. Each
// message ends with a verdict line ("path: pass", "path: fail (1 error)",
// "path: error: <reason>") and the run with a summary line.
//
// Control characters from the mail (escape sequences included) are shown as
// '?', so a hostile message cannot drive the terminal. ANSI colour only when
// ReportOptions::color; --quiet prints only failing or unreadable messages
// and the summary.
#ifndef MAILLINT_SRC_REPORT_TEXT_REPORTER_H_
#define MAILLINT_SRC_REPORT_TEXT_REPORTER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "report/reporter.h"

namespace maillint {

class TextReporter : public Reporter {
 public:
  TextReporter(std::ostream& out, const ReportOptions& options)
      : out_(out), options_(options) {}

  void OnMessage(const MessageResult& result) override;
  void End(const RunSummary& summary) override;

 private:
  std::string Paint(std::string_view ansi, std::string_view text) const;
  std::string Where(const MessageResult& result) const;
  void PrintFinding(const std::string& where, const Finding& finding);
  void PrintExcerpt(const Finding& finding);
  void PrintVerdict(const std::string& where, const MessageResult& result);

  std::ostream& out_;
  ReportOptions options_;
};

// Helpers exposed for tests.
// Replaces C0/C1 control characters and DEL by '?' (tabs by a space).
std::string SanitizeForTerminal(std::string_view text);
// "1 error, 2 warnings" style counts of `findings`; empty when none.
std::string CountFindings(const std::vector<Finding>& findings);

}  // namespace maillint

#endif  // MAILLINT_SRC_REPORT_TEXT_REPORTER_H_
