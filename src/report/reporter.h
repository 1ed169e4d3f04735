// The report formats: one small Reporter class (lint/message_result.h) per
// format, streaming; MakeReporter() picks one. A reporter must not hold every
// result in memory unless its format requires one document (json, sarif,
// junit keep what they need).
#ifndef MAILLINT_SRC_REPORT_REPORTER_H_
#define MAILLINT_SRC_REPORT_REPORTER_H_

#include <memory>
#include <ostream>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "lint/message_result.h"
#include "lint/rule.h"

namespace maillint {

struct ReportOptions {
  bool color = false;  // ANSI colour (TTY and no NO_COLOR)
  bool quiet = false;  // text: only failing messages and the summary
  Severity fail_on = Severity::kError;
  std::vector<const RuleInfo*> rules;  // the rules that ran (SARIF metadata)
};

// Formats: text, json, jsonl, sarif, junit. Fails with kInvalidArgument
// (with a "did you mean") on an unknown name.
Result<std::unique_ptr<Reporter>> MakeReporter(std::string_view format,
                                               std::ostream& out,
                                               const ReportOptions& options);
// The format names, for `--format list` and help.
const std::vector<std::string_view>& ReporterFormats();

}  // namespace maillint

#endif  // MAILLINT_SRC_REPORT_REPORTER_H_
