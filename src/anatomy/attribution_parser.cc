#include "anatomy/attribution_parser.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "anatomy/attribution_patterns.h"
#include "anatomy/date_parser.h"

namespace maillint::anatomy {
namespace {

constexpr size_t kMaxWrappedLines = 5;
constexpr size_t kMaxHeaderBlockLines = 14;

}  // namespace

std::string JoinAttributionLines(const std::vector<TextLine>& lines, size_t i,
                                 size_t count) {
  std::string out(lines[i].body);
  for (size_t k = i + 1; k < i + count && k < lines.size(); ++k) {
    std::string_view raw = TrimSpace(lines[k].text);
    if (raw.empty()) continue;
    if (lines[k].depth > lines[i].depth) raw = lines[k].body;
    out += ' ';
    out += raw;
  }
  return out;
}

namespace {

std::optional<AttributionMatch> MatchWrote(const std::vector<TextLine>& lines,
                                           size_t i) {
  const TextLine& line = lines[i];
  bool dated_start = StartsWrappedAttribution(line.body);
  bool can_wrap = dated_start || ContainsAddress(line.body);
  for (size_t count = 1; count <= kMaxWrappedLines && i + count <= lines.size();
       ++count) {
    if (count > 1) {
      const TextLine& added = lines[i + count - 1];
      // Only an attribution that opens with its lead and date ("On Tue, Apr
      // 11, 2017 at 10:07 PM John Smith", Polymail) wraps across blank
      // lines: "412-555-0142 | a@b.org", a blank, then "On ... wrote:" is a
      // signature line above an attribution, not one attribution.
      if (!can_wrap || (added.blank() && !dated_start) ||
          TrimSpace(added.text).size() > 160) {
        break;
      }
    }
    std::string joined = JoinAttributionLines(lines, i, count);
    WroteStrength strength = MatchWroteLine(joined);
    bool date_line = MatchDateAddressLine(joined);
    if (strength == WroteStrength::kNone && !date_line) continue;
    AttributionMatch m;
    m.first = i;
    m.last = i + count - 1;
    m.begin = line.begin + (line.body.data() - line.text.data());
    size_t inline_start = count == 1 ? InlineAttributionStart(line.text) : 0;
    if (inline_start > 0) m.begin = line.begin + inline_start;
    m.needs_quote_after =
        strength == WroteStrength::kWeak ||
        (strength == WroteStrength::kNone && joined.back() != ':');
    return m;
  }
  return std::nullopt;
}

// The fields of a header block whose first field is at line `i`: which keys
// it names and its last field line. Fields may be wrapped over two
// continuation lines and separated by up to two blank lines (Lotus Notes
// writes "From: ... <date>", a blank, then To:/cc:/Subject:).
struct HeaderFields {
  std::set<HeaderKey> keys;
  size_t last = 0;
};

HeaderFields ScanHeaderFields(const std::vector<TextLine>& lines, size_t i) {
  HeaderFields fields;
  fields.keys.insert(MatchHeaderKey(lines[i].body));
  fields.last = i;
  int blanks = 0;
  int continuation = 0;
  for (size_t j = i + 1; j < lines.size() && j <= i + kMaxHeaderBlockLines;
       ++j) {
    if (lines[j].depth != lines[i].depth) break;
    if (lines[j].blank()) {
      if (++blanks > 2) break;
      continue;
    }
    HeaderKey key = MatchHeaderKey(lines[j].body);
    if (key == HeaderKey::kNone) {
      // A field value wraps onto the lines right below it; after a blank
      // line, an unkeyed line is the message body.
      if (blanks > 0 || ++continuation > 2) break;
      continue;
    }
    blanks = 0;
    if (fields.keys.count(key) && key != HeaderKey::kOther) break;
    continuation = 0;
    fields.keys.insert(key);
    fields.last = j;
  }
  return fields;
}

// Outlook-style header block starting at line i (a From/Sent/Date field).
std::optional<AttributionMatch> MatchHeaderBlock(
    const std::vector<TextLine>& lines, size_t i) {
  HeaderKey first = MatchHeaderKey(lines[i].body);
  if (first != HeaderKey::kFrom && first != HeaderKey::kDate) {
    return std::nullopt;
  }
  HeaderFields fields = ScanHeaderFields(lines, i);
  bool block = fields.keys.size() >= 2;
  bool lone_from = first == HeaderKey::kFrom && fields.keys.size() == 1 &&
                   ContainsAddress(lines[i].body) &&
                   lines[i].body.size() <= 120;
  if (!block && !lone_from) return std::nullopt;
  AttributionMatch m;
  m.kind = AttributionKind::kHeaderBlock;
  m.first = i;
  m.last = fields.last;
  m.begin = lines[i].begin;
  return m;
}

// Lotus Notes' header of a quoted or forwarded message: the sender (with
// the date and time on the same line or the next ones, and perhaps a
// "Sent by:" line) above a To:/cc:/Subject: block with no From: field:
//   Rebecca Ford
//   07/26/2000 05:20 PM
//   To: Sally Beck/HOU/ECT@ECT
//   cc:
//   Subject: Question
std::optional<AttributionMatch> MatchSenderHeaderBlock(
    const std::vector<TextLine>& lines, size_t i) {
  // The sender's name and the date take at most two lines; "Sent by:" and
  // "Please respond to" lines may come between them and the fields, and one
  // blank (Notes indents the fields under a whitespace-only line).
  constexpr int kMaxSenderLines = 2;
  constexpr int kMaxLines = 6;
  static const RE2 delegate(
      R"re((?i)^(?:sent\s+by\s*:|please\s+respond\s+to\s))re");
  if (MatchHeaderKey(lines[i].body) != HeaderKey::kNone ||
      lines[i].body.size() > 160 ||
      RE2::PartialMatch(lines[i].body, delegate)) {
    return std::nullopt;
  }
  std::string sender;  // the lines above the fields, joined
  int sender_lines = 0;
  int blanks = 0;
  for (size_t j = i; j < lines.size() && j < i + kMaxLines; ++j) {
    if (lines[j].depth != lines[i].depth) break;
    if (lines[j].blank()) {
      if (++blanks > 1) break;
      continue;
    }
    HeaderKey key = MatchHeaderKey(lines[j].body);
    if (key == HeaderKey::kNone) {
      if (blanks > 0) break;
      if (!RE2::PartialMatch(lines[j].body, delegate) &&
          ++sender_lines > kMaxSenderLines) {
        break;
      }
      sender.append(lines[j].body).append(" ");
      continue;
    }
    if (key != HeaderKey::kTo || !HasDateAndTime(sender)) break;
    HeaderFields fields = ScanHeaderFields(lines, j);
    if (!fields.keys.count(HeaderKey::kCc) &&
        !fields.keys.count(HeaderKey::kSubject)) {
      break;
    }
    AttributionMatch m;
    m.kind = AttributionKind::kHeaderBlock;
    m.first = i;
    m.last = fields.last;
    m.begin = lines[i].begin + (lines[i].body.data() - lines[i].text.data());
    return m;
  }
  return std::nullopt;
}

bool IsIndented(const TextLine& line) {
  return !line.text.empty() && (line.text[0] == ' ' || line.text[0] == '\t');
}

// Lotus Notes sets the sender's organization above its header block, both
// indented: "\tEnron North America Corp.", a blank, "\tFrom: ...". Returns
// the block extended up to such a line at `i`.
std::optional<AttributionMatch> MatchLetterhead(
    const std::vector<TextLine>& lines, size_t i) {
  constexpr size_t kMaxLetterheadBytes = 60;
  const TextLine& line = lines[i];
  // "Acme Corp." may end in a period; a sentence does not fit here.
  bool sentence = std::string_view("?!:").find(line.body.back()) !=
                      std::string_view::npos ||
                  (line.body.back() == '.' &&
                   std::count(line.body.begin(), line.body.end(), ' ') > 3);
  if (!IsIndented(line) || line.body.size() > kMaxLetterheadBytes || sentence ||
      MatchHeaderKey(line.body) != HeaderKey::kNone) {
    return std::nullopt;
  }
  size_t j = i + 1;
  while (j < lines.size() && j <= i + 3 && lines[j].blank()) ++j;
  if (j == i + 1 || j >= lines.size() || lines[j].depth != line.depth ||
      !IsIndented(lines[j])) {
    return std::nullopt;
  }
  std::optional<AttributionMatch> m = MatchHeaderBlock(lines, j);
  if (!m) m = MatchSenderHeaderBlock(lines, j);
  if (!m) return std::nullopt;
  m->first = i;
  m->begin = line.begin + (line.body.data() - line.text.data());
  return m;
}

std::optional<AttributionMatch> MatchSeparator(
    const std::vector<TextLine>& lines, size_t i) {
  if (!IsReplySeparator(lines[i].body)) return std::nullopt;
  size_t j = i + 1;
  while (j < lines.size() && j <= i + 2 && lines[j].blank()) ++j;
  if (j < lines.size() && lines[j].depth == lines[i].depth) {
    std::optional<AttributionMatch> block = MatchHeaderBlock(lines, j);
    if (!block) block = MatchSenderHeaderBlock(lines, j);
    if (block) {
      block->first = i;
      block->begin = lines[i].begin;
      return block;
    }
  }
  if (!IsKnownSeparatorPhrase(lines[i].body)) return std::nullopt;
  AttributionMatch m;
  m.kind = AttributionKind::kSeparator;
  m.first = m.last = i;
  m.begin = lines[i].begin;
  return m;
}

std::optional<AttributionMatch> MatchInline(const std::vector<TextLine>& lines,
                                            size_t i) {
  size_t offset = InlineAttributionStart(lines[i].text);
  if (offset == 0) return std::nullopt;
  AttributionMatch m;
  m.first = m.last = i;
  m.begin = lines[i].begin + offset;
  return m;
}

}  // namespace

std::optional<AttributionMatch> MatchAttributionAt(
    const std::vector<TextLine>& lines, size_t i) {
  if (i >= lines.size() || lines[i].blank()) return std::nullopt;
  if (IsForwardMarker(lines[i].body)) {
    AttributionMatch m;
    m.kind = AttributionKind::kForward;
    m.first = m.last = i;
    m.begin = lines[i].begin;
    return m;
  }
  if (auto m = MatchSeparator(lines, i)) return m;
  if (auto m = MatchHeaderBlock(lines, i)) return m;
  if (auto m = MatchSenderHeaderBlock(lines, i)) return m;
  if (auto m = MatchLetterhead(lines, i)) return m;
  if (auto m = MatchWrote(lines, i)) return m;
  if (lines[i].depth == 0) return MatchInline(lines, i);
  return std::nullopt;
}

}  // namespace maillint::anatomy
