#include "mail/sniff.h"

#include <cstring>

namespace maillint {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsAsciiAlnum(char c) {
  return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// True when `text` holds "H:MM" (or "HH:MM").
bool HasClockTime(std::string_view text) {
  for (size_t i = 1; i + 2 < text.size(); ++i) {
    if (text[i] == ':' && IsDigit(text[i - 1]) && IsDigit(text[i + 1]) &&
        IsDigit(text[i + 2])) {
      return true;
    }
  }
  return false;
}

// True when `text` holds a run of exactly four digits (a year).
bool HasYear(std::string_view text) {
  size_t run = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && IsDigit(text[i])) {
      ++run;
      continue;
    }
    if (run == 4) return true;
    run = 0;
  }
  return false;
}

// Skips a BOM and blank lines; returns the offset of the first content line.
size_t SkipBlankPrefix(std::string_view data) {
  size_t pos = BomLength(data);
  while (pos < data.size()) {
    size_t next = 0;
    if (!IsBlankLine(LineAt(data, pos, &next)) || next >= data.size()) break;
    pos = next;
  }
  return pos;
}

}  // namespace

std::string_view LineAt(std::string_view data, size_t pos, size_t* next) {
  if (pos >= data.size()) {
    *next = data.size();
    return {};
  }
  const void* nl = std::memchr(data.data() + pos, '\n', data.size() - pos);
  size_t end = nl ? static_cast<const char*>(nl) - data.data() : data.size();
  *next = nl ? end + 1 : end;
  return data.substr(pos, end - pos);
}

bool IsFromLine(std::string_view line) {
  if (line.substr(0, 5) != "From ") return false;
  std::string_view rest = line.substr(5);
  while (!rest.empty() &&
         (rest.back() == '\r' || rest.back() == ' ' || rest.back() == '\t')) {
    rest.remove_suffix(1);
  }
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.empty()) return true;
  if (rest[0] == '-' && (rest.size() == 1 || rest[1] == ' ')) return true;
  bool one_word = rest.find_first_of(" \t") == std::string_view::npos;
  if (one_word && rest.find('@') != std::string_view::npos) return true;
  return HasClockTime(rest) && HasYear(rest);
}

bool LooksLikeHeaderFieldLine(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (IsAsciiAlnum(line[i]) || line[i] == '-' ||
                             line[i] == '_' || line[i] == '.')) {
    ++i;
  }
  if (i == 0 || !IsAsciiAlnum(line[0])) return false;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i < line.size() && line[i] == ':';
}

bool IsHeaderFieldLine(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] > ' ' && line[i] < 127 && line[i] != ':') {
    ++i;
  }
  if (i == 0) return false;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i < line.size() && line[i] == ':';
}

size_t BomLength(std::string_view data) {
  return data.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

const char* ContentKindName(ContentKind kind) {
  switch (kind) {
    case ContentKind::kEmpty:
      return "empty";
    case ContentKind::kGzip:
      return "gzip";
    case ContentKind::kZip:
      return "zip";
    case ContentKind::kPst:
      return "pst";
    case ContentKind::kOle:
      return "ole";
    case ContentKind::kMbox:
      return "mbox";
    case ContentKind::kMessage:
      return "message";
    case ContentKind::kUnknown:
      return "unknown";
  }
  return "unknown";
}

ContentKind SniffContent(std::string_view head) {
  if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
      static_cast<unsigned char>(head[1]) == 0x8b) {
    return ContentKind::kGzip;
  }
  std::string_view magic = head.substr(0, 8);
  if (magic.substr(0, 4) == std::string_view("PK\3\4", 4) ||
      magic.substr(0, 4) == std::string_view("PK\5\6", 4)) {
    return ContentKind::kZip;
  }
  if (magic.substr(0, 4) == "!BDN") return ContentKind::kPst;
  if (magic == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
    return ContentKind::kOle;
  }
  size_t pos = SkipBlankPrefix(head);
  size_t next = 0;
  std::string_view first = LineAt(head, pos, &next);
  if (IsBlankLine(first) && next >= head.size()) return ContentKind::kEmpty;
  if (IsFromLine(first)) return ContentKind::kMbox;
  if (pos == BomLength(head) && LooksLikeHeaderFieldLine(first)) {
    return ContentKind::kMessage;
  }
  return ContentKind::kUnknown;
}

}  // namespace maillint
