#include "rules/greeting/salutation.h"

#include <re2/re2.h>

#include "analysis/names.h"
#include "base/fold.h"
#include "base/text.h"
#include "base/vocabulary.h"

namespace maillint {
namespace {

// Whole-line generic salutations (no opener needed).
const RE2& GenericWholeLine() {
  static const RE2 re(
      "(?i)^\\s*(to whom it may concern|a quien corresponda|a quien pueda "
      "interesar|"
      "dear sir or madam|dear sir/madam|dear sir|dear madam)\\s*[,:.!]?\\s*$");
  return re;
}

// The opener (vocab `greetings`), then the rest of the line (captured).
const RE2& Opener() {
  static const RE2 re(
      "(?i)^\\s*(?:" +
      Vocab().Alternation(VocabList::kGreetings, VocabScript::kSpaced) +
      "(?:[^\\pL\\pN]|$)|" +
      Vocab().Alternation(VocabList::kGreetings, VocabScript::kUnspaced) +
      ")[ \\t,]*(.*?)[ \\t]*[,:;!.\\-]*[ \\t]*$");
  return re;
}

// Generic words or phrases after the opener ("Dear parent/guardian",
// "Dear parents of Room 12"). A bare honorific or "family" ("Dear Sir",
// "Estimada señora", "Hola familia") is generic only alone: "Estimada
// señora Gutiérrez" and "Hola familia Pérez" name them.
const RE2& GenericAddressee() {
  static const RE2 re(
      "(?i)^(?:(?:the )?(?:parents?|guardians?|parent/guardian|"
      "parent or guardian|parents and guardians|parents/guardians|"
      "families|there|all|everyone|everybody|folks|team|friends?|"
      "customer|colleague|student|valued (?:parent|family|customer)|"
      "padres?(?: de familia)?|madre|padre/madre|padre o madre|"
      "tutor(?:es)?|a todos)\\b.*|"
      "(?:sir|madam|sir or madam|sir/madam|se\xC3\xB1or(?:/a|a|\\(a\\))?|"
      "(?:the )?family|familia)"
      "\\s*)$");
  return re;
}

bool IsCapitalized(std::string_view word) {
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word[0]);
  if (c >= 0x80) return FoldForMatching(word.substr(0, 2)) != word.substr(0, 2);
  return c >= 'A' && c <= 'Z';
}

// Words between or around names that are not names: connectives ("Ana and
// Luis", "Ana y Luis", "Ana & Luis") and "family" ("the Perez family",
// "familia Pérez").
bool IsNameFiller(std::string_view folded) {
  return folded == "and" || folded == "y" || folded == "e" || folded == "et" ||
         folded == "und" || folded == "en" || folded == "&" ||
         folded == "family" || folded == "familia" || folded == "the";
}

// Fills `s.names` from the addressee text at body offset `offset`; false when
// it reads as a phrase rather than names (too many words, lower-case words).
bool ReadNames(std::string_view addressee, size_t offset, Salutation& s) {
  size_t pos = 0;
  for (std::string_view raw : Split(addressee, ' ')) {
    size_t at = pos;
    pos += raw.size() + 1;
    std::string_view word = Trim(raw);
    while (!word.empty() && (word.back() == ',' || word.back() == ':'))
      word.remove_suffix(1);
    if (word.empty()) continue;
    std::string folded = FoldForMatching(word);
    if (IsNameFiller(folded) || IsHonorific(word)) continue;
    if (!IsCapitalized(word)) return false;
    size_t begin = offset + at + static_cast<size_t>(word.data() - raw.data());
    s.names.push_back(
        NameToken{std::string(word), folded, begin, begin + word.size()});
  }
  return s.names.size() <= 5;
}

}  // namespace

std::optional<Salutation> ParseSalutation(std::string_view line,
                                          size_t offset) {
  Salutation s;
  s.begin = offset;
  s.end = offset + line.size();
  s.line = std::string(Trim(line));
  re2::StringPiece generic;
  if (RE2::FullMatch(line, GenericWholeLine(), &generic)) {
    s.generic = std::string(generic);
    return s;
  }
  re2::StringPiece rest;
  if (!RE2::FullMatch(line, Opener(), &rest)) return std::nullopt;
  std::string_view addressee(rest.data(), rest.size());
  if (addressee.empty()) {
    s.no_name = true;
    return s;
  }
  if (RE2::FullMatch(addressee, GenericAddressee())) {
    s.generic = std::string(addressee);
    return s;
  }
  size_t addressee_offset =
      offset + static_cast<size_t>(rest.data() - line.data());
  if (!ReadNames(addressee, addressee_offset, s)) return std::nullopt;
  return s;
}

std::optional<Salutation> FindSalutation(const Analysis& analysis) {
  const std::string& text = analysis.message().body.text;
  for (const Segment& seg : analysis.anatomy().segments) {
    if (seg.type != SegmentType::kGreeting && seg.type != SegmentType::kNewText)
      continue;
    std::string_view body(text.data() + seg.begin, seg.end - seg.begin);
    size_t skip = body.find_first_not_of(" \t\r\n");
    if (skip == std::string_view::npos) continue;
    size_t eol = body.find('\n', skip);
    std::string_view line =
        body.substr(skip, eol == std::string_view::npos ? eol : eol - skip);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return ParseSalutation(line, seg.begin + skip);
  }
  return std::nullopt;
}

}  // namespace maillint
