#include "mail/mbox_splitter.h"

#include <algorithm>
#include <cstring>

#include "base/text.h"
#include "mail/sniff.h"

namespace maillint {
namespace {

// True for a line matching ^>+From  (an mboxrd-escaped From line).
bool IsEscapedFromLine(std::string_view data, size_t pos) {
  size_t i = pos;
  while (i < data.size() && data[i] == '>') ++i;
  return i > pos && data.compare(i, 5, "From ") == 0;
}

// Parses "Content-Length: 123" (any case, optional spaces).
bool ParseContentLength(std::string_view line, uint64_t* length) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  if (!EqualsIgnoreCase(Trim(line.substr(0, colon)), "Content-Length")) {
    return false;
  }
  std::string_view value = Trim(line.substr(colon + 1));
  if (value.empty() || value.size() > 15) return false;
  uint64_t n = 0;
  for (char c : value) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + static_cast<uint64_t>(c - '0');
  }
  *length = n;
  return true;
}

}  // namespace

MboxSplitter::MboxSplitter(std::string_view data) : data_(data) {
  pos_ = BomLength(data_);
  while (pos_ < data_.size()) {
    size_t next = 0;
    if (!IsBlankLine(LineAt(data_, pos_, &next))) break;
    pos_ = next;
    ++line_;
  }
}

bool MboxSplitter::IsSeparatorAt(size_t pos) const {
  if (data_.compare(pos, 5, "From ") != 0) return false;
  size_t after = 0;
  if (!IsFromLine(LineAt(data_, pos, &after))) return false;
  if (after >= data_.size()) return true;
  size_t unused = 0;
  return LooksLikeHeaderFieldLine(LineAt(data_, after, &unused));
}

size_t MboxSplitter::StripLineBreak(size_t pos, size_t floor) const {
  if (pos > floor && data_[pos - 1] == '\n') --pos;
  if (pos > floor && data_[pos - 1] == '\r') --pos;
  return pos;
}

bool MboxSplitter::TryContentLength(size_t begin, size_t* end,
                                    size_t* next) const {
  uint64_t length = 0;
  bool has_length = false;
  size_t body = std::string_view::npos;
  for (size_t p = begin; p < data_.size();) {
    size_t after = 0;
    std::string_view line = LineAt(data_, p, &after);
    if (IsBlankLine(line)) {
      body = after;
      break;
    }
    if (p != begin && IsSeparatorAt(p)) return false;
    if (!has_length) has_length = ParseContentLength(line, &length);
    p = after;
  }
  if (!has_length || body == std::string_view::npos) return false;
  if (length > data_.size() - body) return false;
  size_t q = body + length;
  if (q > body && q < data_.size() && data_[q - 1] == '\r' &&
      data_[q] == '\n') {
    return false;  // the count ends inside a CRLF: it counted LF line ends
  }
  for (int breaks = 0;; ++breaks) {
    if (q == data_.size() || IsSeparatorAt(q)) {
      *end = body + length;
      *next = q;
      return true;
    }
    if (breaks == 2) return false;
    if (data_[q] == '\n') {
      q += 1;
    } else if (data_.compare(q, 2, "\r\n") == 0) {
      q += 2;
    } else {
      return false;
    }
  }
}

void MboxSplitter::ScanBody(size_t begin, MboxEntry* entry, size_t* next,
                            int* lines) {
  size_t p = begin;
  int count = 0;
  while (p < data_.size()) {
    char c = data_[p];
    if (c == 'F' && IsSeparatorAt(p)) break;
    if (c == '>' && !entry->escaped)
      entry->escaped = IsEscapedFromLine(data_, p);
    const void* nl = std::memchr(data_.data() + p, '\n', data_.size() - p);
    if (nl == nullptr) {
      p = data_.size();
      break;
    }
    p = static_cast<const char*>(nl) - data_.data() + 1;
    ++count;
  }
  *next = p;
  *lines = count;
}

bool MboxSplitter::Next(MboxEntry* entry) {
  if (pos_ >= data_.size()) return false;
  *entry = MboxEntry();
  entry->marker_offset = pos_;
  entry->begin = pos_;
  entry->first_line = line_;
  size_t after = 0;
  if (IsFromLine(LineAt(data_, pos_, &after))) {
    entry->begin = after;
    entry->first_line = line_ + (after > pos_ && data_[after - 1] == '\n');
  }
  size_t next = 0;
  int lines = 0;
  if (TryContentLength(entry->begin, &entry->end, &next)) {
    entry->counted = true;
    lines = static_cast<int>(
        std::count(data_.begin() + entry->begin, data_.begin() + next, '\n'));
  } else {
    ScanBody(entry->begin, entry, &next, &lines);
    entry->end =
        next == data_.size() ? next : StripLineBreak(next, entry->begin);
  }
  pos_ = next;
  line_ = entry->first_line + lines;
  return true;
}

std::string UnescapeFromLines(std::string_view message) {
  std::string out;
  out.reserve(message.size());
  size_t pos = 0;
  while (pos < message.size()) {
    size_t next = 0;
    LineAt(message, pos, &next);
    size_t skip = IsEscapedFromLine(message, pos) ? 1 : 0;
    out.append(message.substr(pos + skip, next - pos - skip));
    pos = next;
  }
  return out;
}

}  // namespace maillint
