#include "rules/proofreading/shouting.h"

#include "rules/proofreading/author_text.h"
#include "rules/proofreading/text_units.h"

namespace maillint {
namespace {

constexpr int kMinWords = 3;
constexpr int kMinLetters = 10;

bool IsShouted(std::string_view sentence) {
  int words = 0, letters = 0;
  for (const TextUnit& w : WordUnits(sentence)) {
    std::string_view word = sentence.substr(w.begin, w.end - w.begin);
    int n = LetterCount(word);
    if (n == 0) continue;
    if (n == 1 && !StartsUpper(word)) return false;
    if (n >= 2) {
      if (!IsAllCaps(word)) return false;
      ++words;
    }
    letters += n;
  }
  return words >= kMinWords && letters >= kMinLetters;
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
  AuthorText author = ExtractAuthorText(ctx.message());
  for (const TextUnit& span : author.spans) {
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
    for (const TextUnit& s : SentenceUnits(piece)) {
      if (!IsShouted(piece.substr(s.begin, s.end - s.begin))) {
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
