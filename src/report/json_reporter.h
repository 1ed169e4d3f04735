// JsonReporter: the whole run as one JSON document (--format json).
//
//   {"schema_version": 1, "tool": {...}, "fail_on": "error",
//    "messages": [ <message>, ... ], "summary": {...}}
//
// Field meanings: report/report_json.h. Messages are streamed as they arrive
// (one per line inside the array), so memory stays flat on large mailboxes;
// the document is complete only after End().
#ifndef MAILLINT_SRC_REPORT_JSON_REPORTER_H_
#define MAILLINT_SRC_REPORT_JSON_REPORTER_H_

#include <ostream>

#include "report/reporter.h"

namespace maillint {

class JsonReporter : public Reporter {
 public:
  JsonReporter(std::ostream& out, const ReportOptions& options)
      : out_(out), options_(options) {}

  void Begin() override;
  void OnMessage(const MessageResult& result) override;
  void End(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  ReportOptions options_;
  bool begun_ = false;
  bool first_message_ = true;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_REPORT_JSON_REPORTER_H_
