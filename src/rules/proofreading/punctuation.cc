#include "rules/proofreading/punctuation.h"

#include <re2/re2.h>

#include "analysis/own_text.h"
#include "rules/proofreading/spelling_filter.h"

namespace maillint {
namespace {

const RE2& MarkRunPattern() {
  static const RE2 pattern(R"(([!?\x{A1}\x{BF}]{2,}))");
  return pattern;
}

const RE2& SpaceBeforeCommaPattern() {
  static const RE2 pattern(R"(\pL[ \t]+(,))");
  return pattern;
}

bool IsAcceptedRun(std::string_view run) {
  return run == "?!" || run == "!?" || run == "\xC2\xBF\xC2\xA1" ||
         run == "\xC2\xA1\xC2\xBF";
}

}  // namespace

RuleInfo PunctuationRule::Info() {
  RuleInfo info;
  info.id = "proofreading.punctuation";
  info.summary =
      "Flags repeated exclamation or question marks and a space before a "
      "comma.";
  info.standard = "S5";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Runs such as \"!!\", \"???\" and \"?!?!\" read as shouting or "
      "impatience in a reply to a family; a space before a comma is a typing "
      "slip. A single \"?!\" is accepted; URLs, code and quoted phrases are "
      "skipped.";
  info.fire_examples = {"Thank you so much!!!", "Is that right ??"};
  info.silent_examples = {"Thank you so much!", "Is that right?"};
  return info;
}

PunctuationRule::PunctuationRule(const RuleContext&) : Rule(Info()) {}

void PunctuationRule::Check(CheckContext& ctx) const {
  std::string_view text = ctx.message().body.text;
  const OwnText& author = ctx.analysis().own_text();
  for (size_t si = 0; si < author.spans.size(); ++si) {
    const TextUnit& span = author.spans[si];
    re2::StringPiece piece(text.data() + span.begin, span.end - span.begin);
    const std::vector<TextUnit>& skipped = ctx.analysis().skipped(si);
    auto offset = [&](re2::StringPiece m) {
      return static_cast<size_t>(m.data() - text.data());
    };
    re2::StringPiece input = piece, run;
    while (RE2::FindAndConsume(&input, MarkRunPattern(), &run)) {
      size_t begin = offset(run);
      std::string_view r(run.data(), run.size());
      if (IsAcceptedRun(r) || Overlaps(skipped, begin, begin + run.size()))
        continue;
      Finding& f = Report(ctx, Location::Body(begin, begin + run.size()),
                          "Repeated punctuation '" + std::string(r) + "'");
      f.suggestion = std::string(r.substr(0, r[0] == '\xC2' ? 2 : 1));
    }
    input = piece;
    re2::StringPiece comma;
    while (RE2::FindAndConsume(&input, SpaceBeforeCommaPattern(), &comma)) {
      size_t comma_at = offset(comma);
      size_t begin = comma_at;
      while (begin > span.begin &&
             (text[begin - 1] == ' ' || text[begin - 1] == '\t')) {
        --begin;
      }
      if (Overlaps(skipped, begin, comma_at + 1)) continue;
      Finding& f = Report(ctx, Location::Body(begin, comma_at + 1),
                          "Space before a comma");
      f.suggestion = ",";
    }
  }
}

}  // namespace maillint
