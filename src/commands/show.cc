// `maillint show [PATH...]`: prints each message with its anatomy, so a user
// can see what maillint judged as new text, quote, signature...
//
// Text: every body line prefixed by the segment type it belongs to (colour
// on a TTY). JSON (--format json): one object per message with decoded
// headers, the segments in order (type, text, byte span, 1-based lines)
// and the quoted original. A file or stdin without headers is a draft.
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "analysis/analysis.h"
#include "anatomy/anatomy.h"
#include "base/line_index.h"
#include "commands/command.h"
#include "commands/common.h"
#include "lint/runner.h"

namespace maillint {
namespace {

struct ShowOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string color = "auto";
  std::string output;
};

const char* TypeColor(SegmentType type) {
  switch (type) {
    case SegmentType::kGreeting:
      return "\033[1;32m";
    case SegmentType::kNewText:
      return "\033[0m";
    case SegmentType::kClosing:
      return "\033[32m";
    case SegmentType::kSignature:
      return "\033[36m";
    case SegmentType::kDisclaimer:
      return "\033[35m";
    case SegmentType::kAttribution:
      return "\033[1;33m";
    case SegmentType::kQuote:
      return "\033[2m";
    case SegmentType::kForwarded:
      return "\033[34m";
  }
  return "\033[0m";
}

// The segment covering the first byte of each line (nullptr for blank or
// uncovered lines).
std::vector<const Segment*> SegmentPerLine(const Analysis& a,
                                           const LineIndex& index) {
  std::vector<const Segment*> out(index.line_count(), nullptr);
  for (const Segment& s : a.anatomy().segments) {
    int first = index.Locate(s.begin).line;
    int last = index.Locate(s.end > s.begin ? s.end - 1 : s.begin).line;
    for (int l = first; l <= last && l >= 1; ++l) {
      if (out[l - 1] == nullptr) out[l - 1] = &s;
    }
  }
  return out;
}

void PrintText(const Analysis& a, bool color, std::ostream& out) {
  const Message& m = a.message();
  if (m.has_headers) {
    for (const HeaderField& h : m.headers) {
      out << h.name << ": " << h.value << "\n";
    }
    out << "\n";
  }
  LineIndex index(m.body.text);
  std::vector<const Segment*> per_line = SegmentPerLine(a, index);
  for (int l = 1; l <= index.line_count(); ++l) {
    const Segment* s = per_line[l - 1];
    std::string label = s ? SegmentTypeName(s->type) : "";
    if (s && s->type == SegmentType::kQuote && s->depth > 1) {
      label += std::to_string(s->depth);
    }
    label.resize(12, ' ');
    std::string_view text = index.Line(l);
    if (color && s) {
      out << TypeColor(s->type) << label << "| " << text << "\033[0m\n";
    } else {
      out << label << "| " << text << "\n";
    }
  }
}

nlohmann::json OriginalJson(const QuotedOriginal& o) {
  nlohmann::json j = {{"author_name", o.author_name},
                      {"author_address", o.author_address},
                      {"date_text", o.date_text},
                      {"subject", o.subject},
                      {"text", o.text},
                      {"signed_name", o.signed_name}};
  j["date_unix_seconds"] = o.date_unix_seconds
                               ? nlohmann::json(*o.date_unix_seconds)
                               : nlohmann::json(nullptr);
  return j;
}

nlohmann::json MessageJson(const Analysis& a) {
  const Message& m = a.message();
  nlohmann::json j;
  j["path"] = m.origin.path;
  if (m.origin.index >= 0) j["index"] = m.origin.index;
  j["has_headers"] = m.has_headers;
  j["headers"] = nlohmann::json::array();
  for (const HeaderField& h : m.headers) {
    j["headers"].push_back({{"name", h.name}, {"value", h.value}});
  }
  j["subject"] = m.subject;
  j["body_content_type"] = m.body.content_type;
  LineIndex index(m.body.text);
  j["segments"] = nlohmann::json::array();
  for (const Segment& s : a.anatomy().segments) {
    nlohmann::json seg = {
        {"type", SegmentTypeName(s.type)},
        {"text", m.body.text.substr(s.begin, s.end - s.begin)},
        {"begin", s.begin},
        {"end", s.end},
        {"line", index.Locate(s.begin).line},
        {"end_line", index.Locate(s.end > s.begin ? s.end - 1 : s.begin).line}};
    if (s.type == SegmentType::kQuote) seg["depth"] = s.depth;
    j["segments"].push_back(seg);
  }
  const auto& original = a.anatomy().original;
  j["original"] = original ? OriginalJson(*original) : nlohmann::json(nullptr);
  return j;
}

int RunShow(const ShowOptions& o) {
  if (o.format != "text" && o.format != "json") {
    std::cerr << "maillint: show: --format must be text or json, got '"
              << o.format << "'\n";
    return kExitUsage;
  }
  std::unique_ptr<std::ofstream> file;
  Result<std::ostream*> out = OpenOutput(o.output, &file);
  if (!out) {
    std::cerr << "maillint: " << out.error().message() << "\n";
    return kExitUsage;
  }
  bool color = !file && UseColor(o.color, STDOUT_FILENO);
  std::vector<std::string> paths =
      o.paths.empty() ? std::vector<std::string>{"-"} : o.paths;
  int exit_code = kExitOk;
  bool first = true;
  ReadInputs(paths, InputOptions(), [&](RawMessage raw) {
    Result<Message> m = PrepareMessage(raw, ParseOptions());
    if (!m) {
      std::cerr << "maillint: " << m.error().message() << "\n";
      exit_code = kExitFindings;
      return true;
    }
    Analysis analysis(*m);
    if (o.format == "json") {
      **out << MessageJson(analysis).dump(2) << "\n";
    } else {
      if (!first) **out << "\n";
      PrintText(analysis, color, **out);
    }
    first = false;
    return true;
  });
  return exit_code;
}

}  // namespace

void RegisterShowCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* cmd = app.add_subcommand("show");
  cmd->add_option("paths", options->paths,
                  "messages, mailboxes, folders; '-' or none = stdin");
  cmd->add_option("-f,--format", options->format, "text (default) or json");
  cmd->add_option("-o,--output", options->output, "write to FILE");
  cmd->add_option("--color", options->color,
                  "auto|always|never (default auto: TTY and no NO_COLOR)");
  cmd->callback([options, exit_code] { *exit_code = RunShow(*options); });
}

}  // namespace maillint
