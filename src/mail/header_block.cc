#include "mail/header_block.h"

#include "base/text.h"

namespace maillint {
namespace {

// The line starting at `pos` without its line ending, and where the next
// line starts.
struct Line {
  std::string_view text;
  size_t next = 0;
};

Line LineAt(std::string_view bytes, size_t pos) {
  size_t nl = bytes.find('\n', pos);
  size_t stop = nl == std::string_view::npos ? bytes.size() : nl;
  Line line;
  line.next = nl == std::string_view::npos ? bytes.size() : nl + 1;
  line.text = bytes.substr(pos, stop - pos);
  if (!line.text.empty() && line.text.back() == '\r')
    line.text.remove_suffix(1);
  return line;
}

// Length of the field name when `line` is "name:" (RFC 5322 ftext, allowing
// obsolete whitespace before the colon), else 0.
size_t FieldNameLength(std::string_view line) {
  size_t i = 0;
  while (i < line.size()) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c == ':' || c <= 32 || c == 127) break;  // 8-bit: lenient
    ++i;
  }
  size_t name_length = i;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (name_length == 0 || i >= line.size() || line[i] != ':') return 0;
  return name_length;
}

bool IsCommonHeaderName(std::string_view name) {
  static constexpr std::string_view kNames[] = {"from",
                                                "to",
                                                "cc",
                                                "bcc",
                                                "subject",
                                                "date",
                                                "sender",
                                                "received",
                                                "references",
                                                "comments",
                                                "keywords",
                                                "precedence",
                                                "newsgroups",
                                                "path",
                                                "organization",
                                                "status",
                                                "lines",
                                                "encrypted",
                                                "xref",
                                                "importance",
                                                "priority",
                                                "sensitivity",
                                                "disposition-notification-to"};
  for (std::string_view known : kNames) {
    if (EqualsIgnoreCase(name, known)) return true;
  }
  return name.find('-') != std::string_view::npos;
}

bool IsContinuation(std::string_view line) {
  return !line.empty() && (line[0] == ' ' || line[0] == '\t');
}

// A whitespace-only line ends the header block unless a continuation or
// another field follows it (obsolete folding allows blank continuations).
bool IsBlankSeparator(std::string_view bytes, const Line& line) {
  if (!Trim(line.text).empty()) return false;
  Line next = LineAt(bytes, line.next);
  return !IsContinuation(next.text) && FieldNameLength(next.text) == 0;
}

}  // namespace

HeaderBlock ScanHeaderBlock(std::string_view bytes, size_t max_header_bytes) {
  HeaderBlock block;
  size_t pos = 0;
  int line_index = 0;
  if (StartsWith(bytes, "From ")) {
    pos = LineAt(bytes, 0).next;
    line_index = 1;
  }
  block.start = pos;
  bool any_common = false;
  while (pos < bytes.size()) {
    if (pos - block.start > max_header_bytes) {
      block.too_long = true;
      break;
    }
    Line line = LineAt(bytes, pos);
    if (line.text.empty() || IsBlankSeparator(bytes, line)) {
      block.end = pos;
      block.body_offset = line.next;
      block.body_line = line_index + 1;
      break;
    }
    if (IsContinuation(line.text) && !block.fields.empty()) {
      RawField& last = block.fields.back();
      last.value = bytes.substr(last.value.data() - bytes.data(),
                                line.next - (last.value.data() - bytes.data()));
    } else if (size_t n = FieldNameLength(line.text); n > 0) {
      size_t colon = line.text.find(':');
      RawField field;
      field.name = line.text.substr(0, n);
      size_t value_begin = pos + colon + 1;
      field.value = bytes.substr(value_begin, line.next - value_begin);
      field.line = line_index;
      any_common = any_common || IsCommonHeaderName(field.name);
      block.fields.push_back(field);
    } else {
      block.missing_separator = true;
      block.end = pos;
      block.body_offset = pos;
      block.body_line = line_index;
      break;
    }
    pos = line.next;
    ++line_index;
  }
  if (pos >= bytes.size() && block.body_offset == 0) {
    block.end = bytes.size();
    block.body_offset = bytes.size();
    block.body_line = line_index;
  }
  block.has_headers = any_common;
  if (!block.has_headers) {
    block = HeaderBlock();
  }
  return block;
}

}  // namespace maillint
