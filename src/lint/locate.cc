// LocateFinding: Location -> line:column, byte offsets and a masked excerpt.
#include <algorithm>

#include "base/line_index.h"
#include "base/mask.h"
#include "lint/runner.h"

namespace maillint {
namespace {

int CodePoints(std::string_view s) {
  return static_cast<int>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

void LocateInBody(const Message& message, bool show_sensitive, Finding& f) {
  const std::string& text = message.body.text;
  size_t begin = std::min(f.where.begin, text.size());
  size_t end = std::clamp(f.where.end, begin, text.size());
  LineIndex index(text);
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
  f.excerpt = std::string(line.substr(0, in_line_begin)) + shown +
              std::string(line.substr(in_line_end));
  f.excerpt_column = start.column;
  f.excerpt_width = std::max(1, CodePoints(shown));
}

void LocateHeader(const Message& message, Finding& f) {
  const HeaderField* h = message.FindHeader(f.where.header);
  if (h == nullptr) return;
  f.file_position = true;
  f.line = f.end_line = h->line;
  f.column = 1;
  f.end_column = CodePoints(h->name) + 1;
  f.excerpt = h->name + ": " + h->value;
  f.excerpt_column = 1;
  f.excerpt_width = CodePoints(h->name);
}

}  // namespace

void LocateFinding(const Message& message, bool show_sensitive,
                   Finding& finding) {
  switch (finding.where.kind) {
    case Location::Kind::kBody:
      LocateInBody(message, show_sensitive, finding);
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
