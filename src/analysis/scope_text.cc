#include "analysis/scope_text.h"

#include <algorithm>

#include "base/text.h"

namespace maillint {
namespace {

void AppendSegments(const Message& m, const Anatomy& a, SegmentType type,
                    ScopeText& out) {
  for (const Segment* s : a.Find(type)) {
    size_t end = std::min(s->end, m.body.text.size());
    if (s->begin >= end) continue;
    out.Append(std::string_view(m.body.text).substr(s->begin, end - s->begin),
               Location::Body(s->begin, end));
  }
}

// Length of the quote markers ("> > ", ">>") at the start of `line`.
size_t QuoteMarkerLength(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == '>' || line[i] == ' ')) {
    if (line[i] == ' ' && (i + 1 >= line.size() || line[i + 1] != '>')) {
      return i + 1;
    }
    ++i;
  }
  return i;
}

void AppendQuotes(const Message& m, const Anatomy& a, ScopeText& out) {
  std::string_view body = m.body.text;
  for (const Segment* s : a.Find(SegmentType::kQuote)) {
    size_t pos = s->begin;
    size_t end = std::min(s->end, body.size());
    while (pos < end) {
      size_t eol = std::min(body.find('\n', pos), end);
      std::string_view line = body.substr(pos, eol - pos);
      size_t skip = QuoteMarkerLength(line);
      if (skip < line.size()) {
        out.Append(line.substr(skip), Location::Body(pos + skip, eol));
      }
      pos = eol + 1;
    }
  }
}

void AppendHeaders(const Message& m, ScopeText& out) {
  for (const HeaderField& h : m.headers) {
    out.Append(h.name + ": " + h.value, Location::Header(h.name));
  }
}

void AppendAttachments(const Message& m, ScopeText& out) {
  for (size_t i = 0; i < m.attachments.size(); ++i) {
    const Attachment& a = m.attachments[i];
    Location where = Location::Attachment(static_cast<int>(i));
    if (!a.filename.empty()) out.Append(a.filename, where);
    if (!a.text.empty()) out.Append(a.text, where);
  }
}

void AppendSubject(const Message& m, ScopeText& out) {
  if (!m.subject.empty()) out.Append(m.subject, Location::Header("Subject"));
}

bool IsOwnWords(SegmentType type) {
  return type == SegmentType::kGreeting || type == SegmentType::kNewText ||
         type == SegmentType::kClosing;
}

// A line that starts a list item ("- ", "* ", "1. ", "a) ") keeps its line
// break: it starts a new thought, not a wrapped one.
bool StartsListItem(std::string_view rest) {
  size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  if (i >= rest.size()) return false;
  char c = rest[i];
  if ((c == '-' || c == '*' || c == '+') && i + 1 < rest.size() &&
      rest[i + 1] == ' ')
    return true;
  size_t j = i;
  while (j < rest.size() && j - i < 3 &&
         ((rest[j] >= '0' && rest[j] <= '9') ||
          (j == i && rest[j] >= 'a' && rest[j] <= 'z')))
    ++j;
  return j > i && j + 1 < rest.size() && (rest[j] == '.' || rest[j] == ')') &&
         rest[j + 1] == ' ';
}

}  // namespace

void JoinHardWraps(std::string& text, size_t begin, size_t end) {
  for (size_t i = begin + 1; i + 1 < end; ++i) {
    if (text[i] != '\n' || text[i - 1] == '\n' || text[i + 1] == '\n') continue;
    if (StartsListItem(std::string_view(text).substr(i + 1, end - i - 1)))
      continue;
    text[i] = ' ';
  }
}

ScopeText ScopeText::Own(const Message& message, const Anatomy& anatomy,
                         bool join_wraps) {
  ScopeText out;
  std::string_view body = message.body.text;
  for (const Segment& s : anatomy.segments) {
    if (!IsOwnWords(s.type)) continue;
    size_t end = std::min(s.end, body.size());
    if (s.begin >= end) continue;
    out.Append(body.substr(s.begin, end - s.begin),
               Location::Body(s.begin, end));
  }
  if (join_wraps) out.JoinWraps();
  return out;
}

void ScopeText::JoinWraps() {
  for (const Piece& p : pieces_) {
    JoinHardWraps(text_, p.text_begin, p.text_begin + p.length);
  }
}

ScopeText ScopeText::Build(const Message& message, const Anatomy& anatomy,
                           std::string_view scope) {
  ScopeText out;
  if (scope == "subject") {
    AppendSubject(message, out);
  } else if (scope == "quote") {
    AppendQuotes(message, anatomy, out);
  } else if (scope == "headers") {
    AppendHeaders(message, out);
  } else if (scope == "attachments") {
    AppendAttachments(message, out);
  } else if (scope == "all") {
    AppendSubject(message, out);
    if (!message.body.text.empty()) {
      out.Append(message.body.text,
                 Location::Body(0, message.body.text.size()));
    }
  } else if (std::optional<SegmentType> type = ParseSegmentType(scope)) {
    AppendSegments(message, anatomy, *type, out);
    if (IsOwnWords(*type)) out.JoinWraps();
  }
  return out;
}

void ScopeText::Append(std::string_view piece, const Location& base) {
  if (!text_.empty()) text_ += '\n';
  pieces_.push_back(Piece{text_.size(), piece.size(), base});
  text_.append(piece);
}

const ScopeText::Piece* ScopeText::PieceAt(size_t offset) const {
  auto it = std::upper_bound(
      pieces_.begin(), pieces_.end(), offset,
      [](size_t o, const Piece& p) { return o < p.text_begin; });
  if (it == pieces_.begin()) return nullptr;
  return &*std::prev(it);
}

Location ScopeText::Locate(size_t begin, size_t end) const {
  const Piece* first = PieceAt(begin);
  if (first == nullptr) return Location::Message();
  if (first->base.kind != Location::Kind::kBody) return first->base;
  const Piece* last = PieceAt(end > begin ? end - 1 : begin);
  size_t body_begin = first->base.begin + (begin - first->text_begin);
  size_t last_offset = std::min(end - last->text_begin, last->length);
  size_t body_end = last->base.kind == Location::Kind::kBody
                        ? last->base.begin + last_offset
                        : first->base.end;
  return Location::Body(body_begin, std::max(body_begin, body_end));
}

Location ScopeText::Whole() const {
  if (pieces_.empty()) return Location::Message();
  const Piece& p = pieces_.front();
  if (p.base.kind != Location::Kind::kBody) return p.base;
  return Location::Body(p.base.begin, p.base.begin + p.length);
}

}  // namespace maillint
