#include "rules/proofreading/shouting.h"

#include "analysis/own_text.h"
#include "analysis/text_units.h"

namespace maillint {
namespace {

constexpr int kMinWords = 3;
constexpr int kMinLetters = 10;

// `words` are the sentence's words, with offsets in `piece`.
bool IsShouted(std::string_view piece, std::span<const TextUnit> words) {
  int word_count = 0, letters = 0;
  for (const TextUnit& w : words) {
    std::string_view word = piece.substr(w.begin, w.end - w.begin);
    int n = LetterCount(word);
    if (n == 0) continue;
    if (n == 1 && !StartsUpper(word)) return false;
    if (n >= 2) {
      if (!IsAllCaps(word)) return false;
      ++word_count;
    }
    letters += n;
  }
  return word_count >= kMinWords && letters >= kMinLetters;
}

}  // namespace

RuleInfo ShoutingRule::Info() {
  RuleInfo info;
  info.id = "proofreading.shouting";
  info.summary = "Flags a sentence or more written in ALL CAPS.";
  info.standard = "S5";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Text in capitals reads as shouting and is harder to read. A sentence "
      "counts when it has at least three words and ten letters, all in "
      "capitals; acronyms inside normal sentences never count.";
  info.fire_examples = {"PLEASE RETURN THE FORM BY FRIDAY."};
  info.silent_examples = {"Please return the IEP form by Friday."};
  return info;
}

ShoutingRule::ShoutingRule(const RuleContext&) : Rule(Info()) {}

void ShoutingRule::Check(CheckContext& ctx) const {
  std::string_view text = ctx.message().body.text;
  const OwnText& author = ctx.analysis().own_text();
  for (size_t si = 0; si < author.spans.size(); ++si) {
    const TextUnit& span = author.spans[si];
    std::string_view piece = text.substr(span.begin, span.end - span.begin);
    TextUnit run;
    bool in_run = false;
    auto flush = [&] {
      if (in_run) {
        Report(ctx,
               Location::Body(span.begin + run.begin, span.begin + run.end),
               "Text in ALL CAPS reads as shouting; use normal capitalization");
      }
      in_run = false;
    };
    for (const TextUnit& s : ctx.analysis().sentences(si)) {
      if (!IsShouted(piece,
                     UnitsWithin(ctx.analysis().words(si), s.begin, s.end))) {
        flush();
      } else if (in_run) {
        run.end = s.end;
      } else {
        run = s;
        in_run = true;
      }
    }
    flush();
  }
}

}  // namespace maillint
