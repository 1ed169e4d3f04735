#include "anatomy/attribution_parser.h"

#include <re2/re2.h>

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

// Outlook-style header block starting at line i (a From/Sent/Date field).
std::optional<AttributionMatch> MatchHeaderBlock(
    const std::vector<TextLine>& lines, size_t i) {
  HeaderKey first = MatchHeaderKey(lines[i].body);
  if (first != HeaderKey::kFrom && first != HeaderKey::kDate) {
    return std::nullopt;
  }
  std::set<HeaderKey> keys = {first};
  size_t last = i;
  int blanks = 0;
  int continuation = 0;
  for (size_t j = i + 1; j < lines.size() && j <= i + kMaxHeaderBlockLines;
       ++j) {
    if (lines[j].depth != lines[i].depth) break;
    if (lines[j].blank()) {
      if (++blanks > 1) break;
      continue;
    }
    blanks = 0;
    HeaderKey key = MatchHeaderKey(lines[j].body);
    if (key == HeaderKey::kNone) {
      if (++continuation > 2) break;
      continue;
    }
    if (keys.count(key) && key != HeaderKey::kOther) break;
    continuation = 0;
    keys.insert(key);
    last = j;
  }
  bool has_from = keys.count(HeaderKey::kFrom) > 0;
  size_t distinct = keys.size();
  bool block = distinct >= 2;
  (void)has_from;
  bool lone_from = first == HeaderKey::kFrom && distinct == 1 &&
                   ContainsAddress(lines[i].body) &&
                   lines[i].body.size() <= 120;
  if (!block && !lone_from) return std::nullopt;
  AttributionMatch m;
  m.kind = AttributionKind::kHeaderBlock;
  m.first = i;
  m.last = last;
  m.begin = lines[i].begin;
  return m;
}

std::optional<AttributionMatch> MatchSeparator(
    const std::vector<TextLine>& lines, size_t i) {
  if (!IsReplySeparator(lines[i].body)) return std::nullopt;
  size_t j = i + 1;
  while (j < lines.size() && j <= i + 2 && lines[j].blank()) ++j;
  if (j < lines.size() && lines[j].depth == lines[i].depth) {
    if (auto block = MatchHeaderBlock(lines, j)) {
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
  if (auto m = MatchWrote(lines, i)) return m;
  if (lines[i].depth == 0) return MatchInline(lines, i);
  return std::nullopt;
}

}  // namespace maillint::anatomy
