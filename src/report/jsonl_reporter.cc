#include "report/jsonl_reporter.h"

#include "report/report_json.h"

namespace maillint {

void JsonlReporter::OnMessage(const MessageResult& result) {
  OrderedJson line = {{"type", "message"},
                      {"schema_version", kReportSchemaVersion}};
  line.update(MessageResultToJson(result));
  out_ << DumpJson(line) << '\n';
  out_.flush();
}

void JsonlReporter::End(const RunSummary& summary) {
  OrderedJson line = {{"type", "summary"},
                      {"schema_version", kReportSchemaVersion},
                      {"tool", ToolToJson()},
                      {"fail_on", SeverityName(options_.fail_on)}};
  line.update(SummaryToJson(summary));
  out_ << DumpJson(line) << '\n';
  out_.flush();
}

}  // namespace maillint
