// JsonlReporter: one JSON object per line (--format jsonl), streamed.
//
// Each message is written and flushed as soon as the runner hands it over:
//   {"type": "message", "schema_version": 1, <message fields>}
// and after the last one a single summary line:
//   {"type": "summary", "schema_version": 1, "tool": {...}, "fail_on": ...,
//    <summary fields>}
// Field meanings: report/report_json.h.
#ifndef MAILLINT_SRC_REPORT_JSONL_REPORTER_H_
#define MAILLINT_SRC_REPORT_JSONL_REPORTER_H_

#include <ostream>

#include "report/reporter.h"

namespace maillint {

class JsonlReporter : public Reporter {
 public:
  JsonlReporter(std::ostream& out, const ReportOptions& options)
      : out_(out), options_(options) {}

  void OnMessage(const MessageResult& result) override;
  void End(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  ReportOptions options_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_REPORT_JSONL_REPORTER_H_
