// The format table: name -> reporter class (one class per file).
#include "report/reporter.h"

#include <string>

#include "base/text.h"
#include "report/json_reporter.h"
#include "report/jsonl_reporter.h"
#include "report/junit_reporter.h"
#include "report/sarif_reporter.h"
#include "report/text_reporter.h"

namespace maillint {
namespace {

using ReporterMaker = std::unique_ptr<Reporter> (*)(std::ostream&,
                                                    const ReportOptions&);

template <typename T>
std::unique_ptr<Reporter> Make(std::ostream& out,
                               const ReportOptions& options) {
  return std::make_unique<T>(out, options);
}

struct Format {
  std::string_view name;
  ReporterMaker make;
};

constexpr Format kFormats[] = {
    {"text", &Make<TextReporter>},   {"json", &Make<JsonReporter>},
    {"jsonl", &Make<JsonlReporter>}, {"sarif", &Make<SarifReporter>},
    {"junit", &Make<JunitReporter>},
};

Status UnknownFormat(std::string_view format) {
  std::vector<std::string> names;
  for (const Format& f : kFormats) names.emplace_back(f.name);
  std::string hint = ClosestMatch(AsciiLower(format), names);
  std::string message = "unknown format '" + std::string(format) + "'";
  if (!hint.empty()) message += " (did you mean '" + hint + "'?)";
  message += "; formats:";
  for (const Format& f : kFormats) message += " " + std::string(f.name);
  return Status::InvalidArgument(message);
}

}  // namespace

const std::vector<std::string_view>& ReporterFormats() {
  static const std::vector<std::string_view> kNames = [] {
    std::vector<std::string_view> names;
    for (const Format& f : kFormats) names.push_back(f.name);
    return names;
  }();
  return kNames;
}

Result<std::unique_ptr<Reporter>> MakeReporter(std::string_view format,
                                               std::ostream& out,
                                               const ReportOptions& options) {
  for (const Format& f : kFormats) {
    if (f.name == format) return f.make(out, options);
  }
  return UnknownFormat(format);
}

}  // namespace maillint
