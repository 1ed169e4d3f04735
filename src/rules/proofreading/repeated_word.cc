#include "rules/proofreading/repeated_word.h"

#include "analysis/own_text.h"
#include "analysis/text_units.h"
#include "rules/proofreading/spelling_filter.h"

namespace maillint {
namespace {

// Doubles that are correct or common on purpose.
bool IsAcceptedDouble(const std::string& folded) {
  for (const char* w : {"had", "that", "bye", "very", "really", "no", "ha",
                        "yes", "so", "many", "much"}) {
    if (folded == w) return true;
  }
  return false;
}

bool OnlyWhitespace(std::string_view s) {
  return s.find_first_not_of(" \t\n") == std::string_view::npos;
}

}  // namespace

RuleInfo RepeatedWordRule::Info() {
  RuleInfo info;
  info.id = "proofreading.repeated-word";
  info.summary = "Flags a word written twice in a row, as in \"the the\".";
  info.standard = "S5";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Finds the same word twice in a row in the author's own text, also when "
      "a line break separates the two. Correct doubles such as \"had had\" and "
      "\"that that\" are accepted.";
  info.fire_examples = {"Please bring the the form on Monday."};
  info.silent_examples = {"Please bring the form on Monday."};
  return info;
}

RepeatedWordRule::RepeatedWordRule(const RuleContext&) : Rule(Info()) {}

void RepeatedWordRule::Check(CheckContext& ctx) const {
  std::string_view text = ctx.message().body.text;
  const OwnText& author = ctx.analysis().own_text();
  for (size_t si = 0; si < author.spans.size(); ++si) {
    const TextUnit& span = author.spans[si];
    std::string_view piece = text.substr(span.begin, span.end - span.begin);
    const std::vector<TextUnit>& skipped = ctx.analysis().skipped(si);
    const std::vector<TextUnit>& words = ctx.analysis().words(si);
    for (size_t i = 1; i < words.size(); ++i) {
      const TextUnit& a = words[i - 1];
      const TextUnit& b = words[i];
      std::string_view first = piece.substr(a.begin, a.end - a.begin);
      std::string_view second = piece.substr(b.begin, b.end - b.begin);
      if (LetterCount(first) == 0 || FoldCase(first) != FoldCase(second))
        continue;
      if (!OnlyWhitespace(piece.substr(a.end, b.begin - a.end))) continue;
      if (IsAcceptedDouble(FoldCase(first))) continue;
      if (Overlaps(skipped, span.begin + a.begin, span.begin + b.end)) continue;
      Finding& f =
          Report(ctx, Location::Body(span.begin + a.begin, span.begin + b.end),
                 "'" + std::string(first) + "' is repeated");
      f.suggestion = std::string(first);
    }
  }
}

}  // namespace maillint
