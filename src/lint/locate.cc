// LocateFinding: Location -> line:column, byte offsets and a masked excerpt.
#include <algorithm>

#include "base/line_index.h"
#include "base/mask.h"
#include "base/text.h"
#include "lint/runner.h"

namespace maillint {
namespace {

// Context kept on each side of a match in an excerpt, and the most of the
// match itself shown, in code points: a finding on a 1 MB line must not
// copy the line into the report.
constexpr int kExcerptContext = 60;
constexpr int kExcerptMatch = 120;
constexpr std::string_view kEllipsis = "\u2026";

// The first / last `n` code points of `s`.
std::string_view HeadCodePointCount(std::string_view s, int n) {
  size_t i = 0;
  for (int seen = 0; i < s.size(); ++i) {
    if (!IsUtf8Continuation(s[i]) && seen++ == n) break;
  }
  return s.substr(0, i);
}
std::string_view TailCodePointCount(std::string_view s, int n) {
  size_t i = s.size();
  for (int seen = 0; i > 0 && seen < n;) {
    --i;
    if (!IsUtf8Continuation(s[i])) ++seen;
  }
  return s.substr(i);
}

// Line `before` + `shown` + `after`, cut to the context around the match.
void SetExcerpt(std::string_view before, std::string shown,
                std::string_view after, Finding& f) {
  std::string_view head = TailCodePointCount(before, kExcerptContext);
  std::string_view tail = HeadCodePointCount(after, kExcerptContext);
  std::string_view match = HeadCodePointCount(shown, kExcerptMatch);
  bool cut_match = match.size() < shown.size();
  f.excerpt.clear();
  if (head.size() < before.size()) f.excerpt += kEllipsis;
  f.excerpt_column = CodePointCount(f.excerpt) + CodePointCount(head) + 1;
  f.excerpt_width = std::max(1, CodePointCount(match));
  f.excerpt.append(head).append(match);
  if (cut_match) f.excerpt += kEllipsis;
  f.excerpt.append(tail);
  if (tail.size() < after.size()) f.excerpt += kEllipsis;
}

void LocateInBody(const Message& message, bool show_sensitive,
                  const LineIndex& index, Finding& f) {
  const std::string& text = message.body.text;
  size_t begin = std::min(f.where.begin, text.size());
  size_t end = std::clamp(f.where.end, begin, text.size());
  LineColumn start = index.Locate(begin);
  LineColumn stop = index.Locate(end);
  int shift = message.body.file_lines ? message.body.first_file_line - 1 : 0;
  f.file_position = message.body.file_lines;
  f.line = start.line + shift;
  f.column = start.column;
  f.end_line = stop.line + shift;
  f.end_column = stop.column;
  f.byte_begin = static_cast<int64_t>(begin);
  f.byte_end = static_cast<int64_t>(end);

  // Excerpt: the first line of the range, with the range masked if needed.
  size_t line_start = index.LineStart(start.line);
  std::string_view line = index.Line(start.line);
  size_t in_line_begin = begin - line_start;
  size_t in_line_end = std::min(end - line_start, line.size());
  std::string match(line.substr(in_line_begin, in_line_end - in_line_begin));
  std::string shown = f.sensitive && !show_sensitive ? MaskValue(match) : match;
  SetExcerpt(line.substr(0, in_line_begin), std::move(shown),
             line.substr(in_line_end), f);
}

void LocateHeader(const Message& message, Finding& f) {
  const HeaderField* h = message.FindHeader(f.where.header);
  if (h == nullptr) return;
  f.file_position = true;
  f.line = f.end_line = h->line;
  f.column = 1;
  f.end_column = CodePointCount(h->name) + 1;
  f.excerpt = h->name + ": " + h->value;
  f.excerpt_column = 1;
  f.excerpt_width = CodePointCount(h->name);
}

}  // namespace

void LocateFinding(const Message& message, bool show_sensitive,
                   Finding& finding, const LineIndex* body_index) {
  switch (finding.where.kind) {
    case Location::Kind::kBody:
      if (body_index != nullptr) {
        LocateInBody(message, show_sensitive, *body_index, finding);
      } else {
        LocateInBody(message, show_sensitive, LineIndex(message.body.text),
                     finding);
      }
      break;
    case Location::Kind::kHeader:
      LocateHeader(message, finding);
      break;
    case Location::Kind::kAttachment:
    case Location::Kind::kMessage:
      break;
  }
}

}  // namespace maillint
