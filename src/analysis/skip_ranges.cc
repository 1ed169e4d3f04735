#include "analysis/skip_ranges.h"

#include <re2/re2.h>

#include <algorithm>
#include <span>

#include "base/text.h"

namespace maillint {
namespace {

// RE2 patterns of inline spans that are not prose.
std::span<const RE2> InlinePatterns() {
  static const RE2 patterns[] = {
      RE2(R"((?i)\b(?:https?://|ftp://|www\.)[^\s<>"]+)"),
      RE2(R"([^\s<>"(),;:]+@[^\s<>"(),;:]+)"),
      RE2("\"[^\"\\n]{1,80}\""),
      RE2("\\x{201C}[^\\x{201D}\\n]{1,80}\\x{201D}"),
      RE2("\\x{AB}[^\\x{BB}\\n]{1,80}\\x{BB}"),
      RE2("(?:^|[\\s(])('[^'\\n]{1,60}')(?:[\\s).,;:!?]|$)"),
      RE2("`[^`\\n]+`"),
  };
  return patterns;
}

bool IsLetterAscii(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A whitespace-delimited token that reads as code, a path or an option.
bool IsCodeToken(std::string_view token) {
  while (!token.empty() && std::string_view(".,;:!?)\"'").find(token.back()) !=
                               std::string_view::npos) {
    token.remove_suffix(1);
  }
  if (token.empty()) return false;
  if (token.find_first_of("_/\\=<>{}[]|~^$#*@`+") != std::string_view::npos) {
    return true;
  }
  if (token.find("::") != std::string_view::npos ||
      token.find("()") != std::string_view::npos || StartsWith(token, "-")) {
    return true;
  }
  for (size_t i = 1; i + 1 < token.size(); ++i) {
    if ((token[i] == '.' || token[i] == ':') && IsLetterAscii(token[i - 1]) &&
        IsLetterAscii(token[i + 1])) {
      return true;
    }
  }
  return false;
}

// "Content-Type: ...", "X-Original-To: ...": a header field pasted into the
// text (a forwarded or bounced message the segmenter did not recognize).
const RE2& HeaderLinePattern() {
  static const RE2 pattern(
      R"(^(?:[A-Za-z]+-[A-Za-z-]+|Received|From|To|Cc|Date|Subject|Sent):\s)");
  return pattern;
}

bool LooksLikeCodeLine(std::string_view line) {
  if (StartsWith(line, "\t") || StartsWith(line, "    ")) return true;
  if (RE2::PartialMatch(line, HeaderLinePattern())) return true;
  std::string_view t = Trim(line);
  if (t.empty()) return false;
  for (std::string_view prefix :
       {"@@", "$ ", "# ", "diff ", "#include", "+++", "---"}) {
    if (StartsWith(t, prefix)) return true;
  }
  if ((t[0] == '+' || t[0] == '-') && t.size() > 1 && t[1] != ' ') return true;
  char last = t.back();
  if (last == ';' || last == '{' || last == '}') return true;
  return std::count_if(t.begin(), t.end(), [](char c) {
           return std::string_view("(){}[];=<>").find(c) !=
                  std::string_view::npos;
         }) >= 4;
}

void AddCodeTokens(std::string_view text, size_t line_begin, size_t line_end,
                   std::vector<TextUnit>& out) {
  size_t i = line_begin;
  while (i < line_end) {
    while (i < line_end && (text[i] == ' ' || text[i] == '\t')) ++i;
    size_t start = i;
    while (i < line_end && text[i] != ' ' && text[i] != '\t') ++i;
    if (i > start && IsCodeToken(text.substr(start, i - start))) {
      out.push_back({start, i});
    }
  }
}

}  // namespace

std::vector<TextUnit> SkippedRanges(std::string_view text, TextUnit span) {
  std::vector<TextUnit> out;
  std::string_view piece = text.substr(span.begin, span.end - span.begin);
  for (const RE2& pattern : InlinePatterns()) {
    bool has_group = pattern.NumberOfCapturingGroups() > 0;
    re2::StringPiece input(piece.data(), piece.size());
    re2::StringPiece match[2];
    size_t pos = 0;
    while (pos < piece.size() &&
           pattern.Match(input, pos, piece.size(), RE2::UNANCHORED, match,
                         has_group ? 2 : 1)) {
      re2::StringPiece m = has_group ? match[1] : match[0];
      size_t begin = m.data() - piece.data();
      out.push_back({span.begin + begin, span.begin + begin + m.size()});
      size_t whole_end = match[0].data() - piece.data() + match[0].size();
      pos = std::max(whole_end, pos + 1);
    }
  }
  size_t line_begin = span.begin;
  while (line_begin < span.end) {
    size_t nl = text.find('\n', line_begin);
    size_t line_end =
        nl == std::string_view::npos || nl > span.end ? span.end : nl;
    std::string_view line = text.substr(line_begin, line_end - line_begin);
    if (LooksLikeCodeLine(line)) {
      out.push_back({line_begin, line_end});
    } else {
      AddCodeTokens(text, line_begin, line_end, out);
    }
    line_begin = line_end + 1;
  }
  std::sort(out.begin(), out.end(), [](const TextUnit& a, const TextUnit& b) {
    return a.begin < b.begin;
  });
  return out;
}

bool Overlaps(const std::vector<TextUnit>& sorted_ranges, size_t begin,
              size_t end) {
  for (const TextUnit& r : sorted_ranges) {
    if (r.begin >= end) break;
    if (r.end > begin) return true;
  }
  return false;
}

}  // namespace maillint
