// SarifReporter: SARIF 2.1.0 (--format sarif), for GitHub code scanning and
// other SARIF viewers. Validated against the official 2.1.0 JSON schema by
// tests/cli/report_sarif.sh.
//
// One run. tool.driver.rules lists ReportOptions::rules (id, summary as
// shortDescription, doc as help, default level) plus any other rule id that
// produced a result (input.*). Each finding is one result with ruleId,
// ruleIndex, level (error | warning | note), message and one location: the
// file as a relative URI (absolute paths as file:// URIs) and, when the
// position is a file position, a region (startLine/startColumn/endLine/
// endColumn in Unicode code points, run.columnKind) with the masked excerpt
// as its snippet. Positions in decoded text are given as result.properties
// (bodyLine, bodyColumn) instead of a region, since they are not file lines.
// Mailbox messages carry properties.messageIndex and messageId. Messages
// that could not be checked become toolExecutionNotifications.
//
// Results are streamed (JSON member order is free, so "results" comes before
// "tool"); only the rule table and the notifications are kept until End().
#ifndef MAILLINT_SRC_REPORT_SARIF_REPORTER_H_
#define MAILLINT_SRC_REPORT_SARIF_REPORTER_H_

#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/report_json.h"
#include "report/reporter.h"

namespace maillint {

class SarifReporter : public Reporter {
 public:
  SarifReporter(std::ostream& out, const ReportOptions& options);

  void Begin() override;
  void OnMessage(const MessageResult& result) override;
  void End(const RunSummary& summary) override;

 private:
  int RuleIndex(const std::string& rule_id);
  OrderedJson Result(const MessageResult& message, const Finding& finding);
  OrderedJson Notification(const MessageResult& message) const;
  OrderedJson Driver() const;

  std::ostream& out_;
  ReportOptions options_;
  std::vector<const RuleInfo*> known_rules_;  // options_.rules, unique ids
  std::map<std::string, int> rule_index_;
  std::vector<std::string> extra_rules_;  // ids not in options_.rules
  std::vector<OrderedJson> notifications_;
  bool begun_ = false;
  bool first_result_ = true;
};

// The SARIF level for a severity: "error", "warning" or "note".
const char* SarifLevel(Severity severity);
// A path as a URI reference: relative paths stay relative, absolute ones
// become file:// URIs; bytes outside RFC 3986 unreserved characters and '/'
// are percent-encoded.
std::string PathToUri(std::string_view path);

}  // namespace maillint

#endif  // MAILLINT_SRC_REPORT_SARIF_REPORTER_H_
