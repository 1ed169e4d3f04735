// ParseAttribution(): who wrote the quoted original, when, about what.
#include <re2/re2.h>

#include "anatomy/attribution_parser.h"
#include "anatomy/attribution_patterns.h"
#include "anatomy/date_parser.h"
#include "base/text.h"

namespace maillint::anatomy {
namespace {

std::string FirstAddress(std::string_view text) {
  static const RE2 re(R"re(([\w.+'-]+@[\w-]+(?:\.[\w-]+)+))re");
  std::string address;
  RE2::PartialMatch(text, re, &address);
  return address;
}

// Removes addresses, brackets, verbs and lead words; returns the last piece
// that still has letters (the name sits next to the verb).
std::string NameFromAttribution(std::string text) {
  static const RE2 brackets(
      R"re(<[^>]*>?|\[mailto:[^\]]*\]|\(mailto:[^)]*\)|mailto:\S*|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)re");
  static const RE2 verbs(
      R"re((?i)\b(?:wrote|writes|sent|escribió|escribio|ha escrit|a écrit|)re"
      R"re(schrieb|scrisse|ha scritto|escreveu|schreef|napisał\(?a?\)?|pisze|)re"
      R"re(skrev|kirjoitti|написал\(?а?\)?|пишет|đã viết|napsal|kirjutas|)re"
      R"re(użytkownik|user)|كتب|작성|写道|寫道|のメッセージ)re");
  static const RE2 lead(
      R"re((?i)^\s*(?:on|le|el|am|em|il|op|den|w dniu|vào|在)\s)re");
  static const RE2 splitters(R"re([,，、:：;"“”«»()\[\]]|-{2,})re");
  RE2::GlobalReplace(&text, brackets, ",");
  RE2::GlobalReplace(&text, verbs, ",");
  RE2::GlobalReplace(&text, lead, ",");
  RE2::GlobalReplace(&text, splitters, ",");
  std::string best;
  for (std::string_view piece : Split(text, ',')) {
    std::string_view trimmed = TrimSpace(piece);
    static const RE2 letters(R"re(\p{L}{2,})re");
    static const RE2 digits(R"re(\d)re");
    if (RE2::PartialMatch(trimmed, letters) &&
        !RE2::PartialMatch(trimmed, digits)) {
      best = std::string(trimmed);
    }
  }
  if (!best.empty() && (best.front() == '\'' || best.front() == '"')) {
    best.erase(0, 1);
  }
  return best;
}

// "Name <addr>", "Name [mailto:addr]", "addr".
void ParseFromValue(std::string_view value, QuotedOriginal* original) {
  original->author_address = FirstAddress(value);
  std::string name(value);
  static const RE2 tail(R"re(\s*(?:<[^>]*>?|\[mailto:[^\]]*\]|\(.*\))\s*$)re");
  RE2::GlobalReplace(&name, tail, "");
  std::string_view trimmed = TrimSpace(name);
  if (trimmed.size() >= 2 && trimmed.front() == '"' && trimmed.back() == '"') {
    trimmed = trimmed.substr(1, trimmed.size() - 2);
  }
  original->author_name =
      trimmed == original->author_address ? "" : std::string(trimmed);
}

std::string_view HeaderValue(std::string_view line) {
  size_t colon = line.find(':');
  size_t wide = line.find("：");
  if (wide != std::string_view::npos &&
      (colon == std::string_view::npos || wide < colon)) {
    colon = wide + 2;
  }
  if (colon == std::string_view::npos) return {};
  std::string_view value = line.substr(colon + 1);
  while (!value.empty() && (value.front() == '*' || value.front() == '_')) {
    value.remove_prefix(1);
  }
  return TrimSpace(value);
}

void ParseHeaderBlock(const std::vector<TextLine>& lines,
                      const AttributionMatch& m, QuotedOriginal* original) {
  for (size_t i = m.first; i <= m.last; ++i) {
    std::string_view value = HeaderValue(lines[i].body);
    switch (MatchHeaderKey(lines[i].body)) {
      case HeaderKey::kFrom:
        ParseFromValue(value, original);
        break;
      case HeaderKey::kDate: {
        bool english = StartsWith(AsciiLower(lines[i].body), "sent") ||
                       StartsWith(AsciiLower(lines[i].body), "date");
        if (auto date = ParseLooseDate(value, english)) {
          original->date_unix_seconds = date->unix_seconds;
          original->date_has_zone = date->has_zone;
          original->date_text = std::string(value);
        }
        break;
      }
      case HeaderKey::kSubject:
        original->subject = std::string(value);
        break;
      default:
        break;
    }
  }
}

}  // namespace

void ParseAttribution(const std::vector<TextLine>& lines,
                      const AttributionMatch& match, QuotedOriginal* original) {
  if (match.kind == AttributionKind::kHeaderBlock) {
    ParseHeaderBlock(lines, match, original);
    return;
  }
  if (match.kind != AttributionKind::kWrote) return;
  std::string joined =
      JoinAttributionLines(lines, match.first, match.last - match.first + 1);
  size_t skip =
      match.begin - lines[match.first].begin -
      (lines[match.first].body.data() - lines[match.first].text.data());
  if (skip < joined.size()) joined.erase(0, skip);
  original->author_address = FirstAddress(joined);
  static const RE2 english_re(R"re((?i)^\W*on\s|wrote)re");
  bool english = RE2::PartialMatch(joined, english_re);
  std::string without_date = joined;
  if (auto date = ParseLooseDate(joined, english)) {
    original->date_unix_seconds = date->unix_seconds;
    original->date_has_zone = date->has_zone;
    original->date_text = joined.substr(date->begin, date->end - date->begin);
    without_date =
        joined.substr(0, date->begin) + "," + joined.substr(date->end);
  }
  original->author_name = NameFromAttribution(without_date);
}

}  // namespace maillint::anatomy
