// Placeholder reporter: `path:line:col: severity: message [rule]` lines.
// Replaced by the report formats (text, json, jsonl, sarif, junit).
#include "report/reporter.h"

#include "base/text.h"

namespace maillint {
namespace {

class PlainReporter : public Reporter {
 public:
  explicit PlainReporter(std::ostream& out) : out_(out) {}
  void OnMessage(const MessageResult& r) override {
    for (const Finding& f : r.findings) {
      out_ << r.origin.path << ":" << f.line << ":" << f.column << ": "
           << SeverityName(f.severity) << ": " << f.message << " [" << f.rule_id
           << "]\n";
    }
    out_ << r.origin.path << ": " << MessageStatusName(r.status) << "\n";
  }
  void End(const RunSummary& s) override {
    out_ << s.messages << " messages: " << s.passed << " passed, " << s.failed
         << " failed, " << s.errors << " errors\n";
  }

 private:
  std::ostream& out_;
};

}  // namespace

const std::vector<std::string_view>& ReporterFormats() {
  static const std::vector<std::string_view> kFormats = {"text"};
  return kFormats;
}

Result<std::unique_ptr<Reporter>> MakeReporter(std::string_view format,
                                               std::ostream& out,
                                               const ReportOptions&) {
  if (format != "text") {
    return Status::InvalidArgument("unknown format '" + std::string(format) + "'");
  }
  return std::unique_ptr<Reporter>(new PlainReporter(out));
}

}  // namespace maillint
