#include "report/json_reporter.h"

#include "report/report_json.h"

namespace maillint {

void JsonReporter::Begin() {
  if (begun_) return;
  begun_ = true;
  out_ << "{\n  \"schema_version\": " << kReportSchemaVersion
       << ",\n  \"tool\": " << DumpJson(ToolToJson()) << ",\n  \"fail_on\": \""
       << SeverityName(options_.fail_on) << "\",\n  \"messages\": [";
}

void JsonReporter::OnMessage(const MessageResult& result) {
  Begin();
  out_ << (first_message_ ? "\n    " : ",\n    ")
       << DumpJson(MessageResultToJson(result));
  first_message_ = false;
}

void JsonReporter::End(const RunSummary& summary) {
  Begin();
  out_ << (first_message_ ? "],\n" : "\n  ],\n")
       << "  \"summary\": " << DumpJson(SummaryToJson(summary)) << "\n}\n";
  out_.flush();
}

}  // namespace maillint
