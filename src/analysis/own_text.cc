#include "analysis/own_text.h"

#include <re2/re2.h>

#include "base/text.h"

namespace maillint {
namespace {

const RE2& AttributionPattern() {
  static const RE2 pattern(
      R"((?i)^\s*(on|el|le|am|em|il|op)\s.*(wrote|escribi\x{f3}|a \x{e9}crit|)"
      R"(schrieb|escreveu|ha scritto|schreef)\s*:\s*$)");
  return pattern;
}

const RE2& SeparatorPattern() {
  static const RE2 pattern(
      R"((?i)^\s*(-{2,}\s*(original message|mensaje original|message d'origine|)"
      R"(forwarded message|mensaje reenviado)\s*-{2,}|_{20,}|-- ?|---|)"
      R"((wrote|escribi\x{f3})\s*:)\s*$)");
  return pattern;
}

const RE2& OutlookFromPattern() {
  static const RE2 pattern(R"((?i)^\s*\*?(from|de|von)\*?:\s*\S)");
  return pattern;
}

const RE2& OutlookNextPattern() {
  static const RE2 pattern(
      R"((?i)^\s*\*?(sent|date|enviado|fecha|envoy\x{e9}|gesendet|to|para)\*?:)");
  return pattern;
}

struct Line {
  size_t begin;
  size_t end;  // without '\n'
};

std::vector<Line> LinesOf(std::string_view text, size_t begin, size_t end) {
  std::vector<Line> lines;
  while (begin < end) {
    size_t nl = text.find('\n', begin);
    size_t stop = nl == std::string_view::npos || nl > end ? end : nl;
    lines.push_back({begin, stop});
    begin = stop + 1;
  }
  return lines;
}

bool IsQuotedLine(std::string_view line) {
  std::string_view t = Trim(line);
  return !t.empty() && t[0] == '>';
}

// Line `i` starts an Outlook header block: "From:" with "Sent:"/"To:" close by.
bool IsOutlookBlock(std::string_view text, const std::vector<Line>& lines,
                    size_t i) {
  auto at = [&](size_t k) {
    return text.substr(lines[k].begin, lines[k].end - lines[k].begin);
  };
  if (!RE2::PartialMatch(at(i), OutlookFromPattern())) return false;
  for (size_t k = i + 1; k < lines.size() && k <= i + 3; ++k) {
    if (RE2::PartialMatch(at(k), OutlookNextPattern())) return true;
  }
  return false;
}

std::string StripQuoteMarkers(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == '>' || line[i] == ' ')) ++i;
  return std::string(line.substr(i));
}

void AddSpan(OwnText& out, size_t begin, size_t end) {
  if (!out.spans.empty() && out.spans.back().end + 1 == begin) {
    out.spans.back().end = end;
  } else {
    out.spans.push_back({begin, end});
  }
}

void ScanAuthorSegment(std::string_view text, const Segment& segment,
                       OwnText& out, std::string& set_aside) {
  std::vector<Line> lines = LinesOf(text, segment.begin, segment.end);
  bool quoted_rest = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line =
        text.substr(lines[i].begin, lines[i].end - lines[i].begin);
    if (!quoted_rest && (RE2::FullMatch(line, AttributionPattern()) ||
                         RE2::FullMatch(line, SeparatorPattern()) ||
                         IsOutlookBlock(text, lines, i))) {
      quoted_rest = true;
      continue;
    }
    if (quoted_rest || IsQuotedLine(line)) {
      set_aside += StripQuoteMarkers(line) + "\n";
      continue;
    }
    if (Trim(line).empty()) continue;
    AddSpan(out, lines[i].begin, lines[i].end);
  }
}

bool IsAuthorSegment(SegmentType type) {
  return type == SegmentType::kGreeting || type == SegmentType::kNewText ||
         type == SegmentType::kClosing;
}

}  // namespace

bool IsReplyHeaderLine(std::string_view line) {
  return RE2::FullMatch(line, AttributionPattern());
}

OwnText ExtractOwnText(const Message& message, const Anatomy& anatomy) {
  OwnText out;
  std::string_view text = message.body.text;
  std::string set_aside;
  std::string quote_segments;
  for (const Segment& segment : anatomy.segments) {
    if (segment.end > text.size() || segment.begin >= segment.end) continue;
    if (IsAuthorSegment(segment.type)) {
      ScanAuthorSegment(text, segment, out, set_aside);
    } else if (segment.type == SegmentType::kQuote) {
      for (const Line& l : LinesOf(text, segment.begin, segment.end)) {
        quote_segments +=
            StripQuoteMarkers(text.substr(l.begin, l.end - l.begin)) + "\n";
      }
    }
  }
  if (anatomy.original && !anatomy.original->text.empty()) {
    out.quoted = anatomy.original->text;
  } else {
    out.quoted = quote_segments + set_aside;
  }
  for (const TextUnit& span : out.spans) {
    std::string_view piece = text.substr(span.begin, span.end - span.begin);
    if (!out.joined.empty()) out.joined += "\n\n";
    out.joined += piece;
  }
  return out;
}

}  // namespace maillint
