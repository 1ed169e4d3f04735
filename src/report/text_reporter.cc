#include "report/text_reporter.h"

#include <algorithm>

#include "base/text.h"

namespace maillint {
namespace {

constexpr std::string_view kBold = "1";
constexpr std::string_view kRed = "1;31";
constexpr std::string_view kGreen = "1;32";
constexpr std::string_view kYellow = "1;33";
constexpr std::string_view kCyan = "1;36";

// Excerpts longer than this many code points are cut around the caret.
constexpr int kMaxExcerptWidth = 120;
constexpr int kContextBeforeCaret = 40;
constexpr std::string_view kIndent = "    ";

// Bytes of code points [first, last] (1-based, inclusive) of `s`.
std::string_view CodePointSlice(std::string_view s, int first, int last) {
  size_t begin = s.size(), end = s.size();
  int index = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsUtf8Continuation(s[i])) continue;
    ++index;
    if (index == first) begin = i;
    if (index == last + 1) {
      end = i;
      break;
    }
  }
  return begin >= end ? std::string_view() : s.substr(begin, end - begin);
}

std::string_view SeverityColor(Severity s) {
  switch (s) {
    case Severity::kError:
      return kRed;
    case Severity::kWarning:
      return kYellow;
    case Severity::kInfo:
      return kCyan;
  }
  return kBold;
}

}  // namespace

std::string SanitizeForTerminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool c1 = c == 0xC2 && i + 1 < text.size() &&
              static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
              static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if (c == '\t') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      out += '?';
    } else if (c1) {
      out += '?';
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string TextReporter::Paint(std::string_view ansi,
                                std::string_view text) const {
  if (!options_.color) return std::string(text);
  return "\x1b[" + std::string(ansi) + "m" + std::string(text) + "\x1b[0m";
}

std::string TextReporter::Where(const MessageResult& r) const {
  std::string where = SanitizeForTerminal(r.origin.path);
  if (r.origin.index >= 0) where += "#" + std::to_string(r.origin.index);
  return where;
}

void TextReporter::OnMessage(const MessageResult& result) {
  if (options_.quiet && result.status == MessageStatus::kPass) return;
  std::string where = Where(result);
  for (const Finding& f : result.findings) PrintFinding(where, f);
  PrintVerdict(where, result);
}

void TextReporter::PrintFinding(const std::string& where, const Finding& f) {
  std::string position = where + ":";
  if (f.line > 0 && f.file_position) {
    position += std::to_string(f.line) + ":" + std::to_string(f.column) + ":";
  } else if (f.line > 0) {
    position += " body " + std::to_string(f.line) + ":" +
                std::to_string(f.column) + ":";
  }
  out_ << Paint(kBold, position) << " "
       << Paint(SeverityColor(f.severity),
                std::string(SeverityName(f.severity)) + ":")
       << " " << SanitizeForTerminal(f.message) << " ["
       << SanitizeForTerminal(f.rule_id) << "]\n";
  PrintExcerpt(f);
  if (!f.suggestion.empty()) {
    out_ << kIndent << Paint(kGreen, "suggestion:") << " "
         << SanitizeForTerminal(f.suggestion) << "\n";
  }
}

void TextReporter::PrintExcerpt(const Finding& f) {
  if (f.excerpt.empty()) return;
  std::string line = SanitizeForTerminal(f.excerpt);
  int total = CodePointCount(line);
  int caret = std::clamp(f.excerpt_column, 1, total + 1);
  int first = 1, last = total;
  if (total > kMaxExcerptWidth) {
    first = std::max(1, caret - kContextBeforeCaret);
    last = std::min(total, first + kMaxExcerptWidth - 1);
  }
  std::string prefix = first > 1 ? "…" : "";
  std::string suffix = last < total ? "…" : "";
  out_ << kIndent << prefix << CodePointSlice(line, first, last) << suffix
       << "\n";
  if (f.excerpt_column <= 0) return;
  int width = std::clamp(f.excerpt_width, 1, std::max(1, last - caret + 1));
  int pad = caret - first + (prefix.empty() ? 0 : 1);
  out_ << kIndent << std::string(pad, ' ')
       << Paint(kGreen, std::string(width, '^')) << "\n";
}

void TextReporter::PrintVerdict(const std::string& where,
                                const MessageResult& r) {
  std::string counts = CountFindings(r.findings);
  out_ << Paint(kBold, where + ":") << " ";
  switch (r.status) {
    case MessageStatus::kPass:
      out_ << Paint(kGreen, "pass") << (counts.empty() ? "" : " with " + counts)
           << "\n";
      break;
    case MessageStatus::kFail:
      out_ << Paint(kRed, "fail") << " (" << counts << ")\n";
      break;
    case MessageStatus::kError:
      out_ << Paint(kRed, "error:") << " "
           << SanitizeForTerminal(r.error.empty() ? "could not be checked"
                                                  : r.error)
           << "\n";
      break;
  }
  if (!r.findings.empty()) out_ << "\n";
}

void TextReporter::End(const RunSummary& s) {
  const int* by = s.findings_by_severity;
  out_ << Plural(s.messages, "message") << ": "
       << Paint(s.passed > 0 ? kGreen : kBold,
                std::to_string(s.passed) + " passed")
       << (s.passed_with_findings > 0
               ? " (" + std::to_string(s.passed_with_findings) +
                     " with findings below --fail-on)"
               : "")
       << ", "
       << Paint(s.failed > 0 ? kRed : kBold,
                std::to_string(s.failed) + " failed")
       << ", "
       << Paint(s.errors > 0 ? kRed : kBold,
                std::to_string(s.errors) + " could not be checked")
       << "; findings: "
       << Plural(by[static_cast<int>(Severity::kError)], "error") << ", "
       << Plural(by[static_cast<int>(Severity::kWarning)], "warning") << ", "
       << Plural(by[static_cast<int>(Severity::kInfo)], "info") << " (fail on "
       << SeverityName(options_.fail_on) << ")\n";
  out_.flush();
}

}  // namespace maillint
