#include "rules/proofreading/capitalization.h"

#include <re2/re2.h>

#include "analysis/own_text.h"
#include "analysis/text_units.h"
#include "base/text.h"
#include "rules/proofreading/spelling_filter.h"

namespace maillint {
namespace {

bool IsLoneI(std::string_view word) {
  for (const char* w : {"i", "i'm", "i'll", "i've", "i'd", "i\xE2\x80\x99m",
                        "i\xE2\x80\x99ll", "i\xE2\x80\x99ve",
                        "i\xE2\x80\x99"
                        "d"}) {
    if (word == w) return true;
  }
  return false;
}

// "i)" "(i" "i." at a line start: a roman-numeral list marker.
bool IsListMarker(std::string_view piece, const TextUnit& w) {
  char after = w.end < piece.size() ? piece[w.end] : ' ';
  char before = w.begin > 0 ? piece[w.begin - 1] : '\n';
  return after == ')' || before == '(' || (after == '.' && before == '\n') ||
         after == ':';
}

// The sentence opens with something that is rightly lowercase.
bool IsExemptStart(std::string_view sentence) {
  std::string_view first = sentence.substr(0, sentence.find_first_of(" \t\n"));
  while (!first.empty() && std::string_view(",.;:!?").find(first.back()) !=
                               std::string_view::npos) {
    first.remove_suffix(1);
  }
  return HasInnerCapital(first) || HasDigit(first) ||
         first.find_first_of("@/:._-`\"(*[") != std::string_view::npos ||
         !StartsLower(first);
}

// A sentence end: a word, terminal marks, closing quotes, then space. ICU
// does not break before a lowercase word, so this finds the starts that
// lack their capital.
const RE2& SentenceEndPattern() {
  static const RE2 pattern(R"((\S+)[.!?]+["')\]\x{201D}]*\s+)");
  return pattern;
}

bool IsAbbreviation(std::string_view word) {
  std::string lower = AsciiLower(word);
  for (const char* a :
       {"etc", "vs", "approx", "incl", "dept", "no",    "ca",  "cf",
        "al",  "st", "ave",    "rd",   "ext",  "sr",    "sra", "srta",
        "dr",  "mr", "mrs",    "ms",   "prof", "aprox", "pág", "tel"}) {
    if (lower == a) return true;
  }
  return word.find('.') != std::string_view::npos || LetterCount(word) < 2;
}

// Offsets in `piece` where a sentence starts: the start and each place
// after a sentence end that is not an abbreviation.
std::vector<size_t> SentenceStartOffsets(std::string_view piece) {
  std::vector<size_t> starts = {0};
  re2::StringPiece input(piece.data(), piece.size());
  re2::StringPiece word;
  while (RE2::FindAndConsume(&input, SentenceEndPattern(), &word)) {
    std::string_view w(word.data(), word.size());
    while (!w.empty() && std::string_view("(\"'\xE2\x80\x9C").find(w.front()) !=
                             std::string_view::npos) {
      w.remove_prefix(1);
    }
    if (!IsAbbreviation(w)) starts.push_back(input.data() - piece.data());
  }
  return starts;
}

}  // namespace

RuleInfo CapitalizationRule::Info() {
  RuleInfo info;
  info.id = "proofreading.capitalization";
  info.summary =
      "Flags sentences that start with a lowercase letter and a lone lowercase "
      "\"i\".";
  info.standard = "S5";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Checks that each sentence of the author's own text starts with a "
      "capital letter and that the pronoun \"I\" is capitalized. Sentences "
      "that open with a URL, an address, code, a number or a brand such as "
      "\"iPad\" are left alone.";
  info.fire_examples = {"thanks for your note. i will call you today."};
  info.silent_examples = {"Thanks for your note. I will call you today."};
  return info;
}

CapitalizationRule::CapitalizationRule(const RuleContext&) : Rule(Info()) {}

void CapitalizationRule::Check(CheckContext& ctx) const {
  std::string_view text = ctx.message().body.text;
  const OwnText& author = ctx.analysis().own_text();
  for (size_t si = 0; si < author.spans.size(); ++si) {
    const TextUnit& span = author.spans[si];
    std::string_view piece = text.substr(span.begin, span.end - span.begin);
    const std::vector<TextUnit>& skipped = ctx.analysis().skipped(si);
    for (size_t start : SentenceStartOffsets(piece)) {
      std::string_view sentence = piece.substr(start);
      if (IsExemptStart(sentence)) continue;
      size_t word_end = start + std::min(sentence.find_first_of(" \t\n,.;:!?"),
                                         sentence.size());
      if (Overlaps(skipped, span.begin + start, span.begin + word_end))
        continue;
      if (IsLoneI(piece.substr(start, word_end - start))) continue;  // below
      Report(ctx, Location::Body(span.begin + start, span.begin + word_end),
             "Sentence starts with a lowercase letter");
    }
    for (const TextUnit& w : ctx.analysis().words(si)) {
      if (!IsLoneI(piece.substr(w.begin, w.end - w.begin)) ||
          IsListMarker(piece, w)) {
        continue;
      }
      if (Overlaps(skipped, span.begin + w.begin, span.begin + w.end)) continue;
      Finding& f =
          Report(ctx, Location::Body(span.begin + w.begin, span.begin + w.end),
                 "The pronoun \"I\" is written lowercase");
      f.suggestion =
          "I" + std::string(piece.substr(w.begin + 1, w.end - w.begin - 1));
    }
  }
}

}  // namespace maillint
