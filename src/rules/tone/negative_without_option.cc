#include "rules/tone/negative_without_option.h"

#include "rules/service_text.h"

namespace maillint {
namespace {

const RE2& NegativePattern() {
  static const RE2 re(
      R"((?i)\b(?:unfortunately|regrettably|(?:we|I) (?:can(?:no|'|’)t|cannot|are unable to|am unable to|)"
      R"(will not|won't|won’t|do not allow|don't allow)|(?:it|this|that) (?:is|'s) not (?:possible|allowed|permitted)|)"
      R"((?:is|are) not (?:allowed|permitted)|no way|not an option|lamentablemente|no (?:podemos|es posible))\b)");
  return re;
}

// An alternative, a next step or an offer.
const RE2& OptionPattern() {
  static const RE2 re(
      R"((?i)\b(?:however|instead|alternatively|in the meantime|meanwhile|the good news|)"
      R"(option|options|what (?:I|we) can do|(?:I|we|you) (?:can|could|may|might) (?:still |also )?[a-z]{3,}|)"
      R"(I(?:'d| would) be (?:happy|glad) to|(?:happy|glad) to help|would you like|)"
      R"(I(?:'ll| will) (?:ask|check|send|call|help|find|look|talk|make)|here is|here's|)"
      R"(sin embargo|en cambio|puede|podemos ofrecer)\b)");
  return re;
}

// "we can not", "you may not": the modal form of the option pattern negated.
bool IsNegatedModal(std::string_view text, size_t begin, size_t end) {
  std::string_view m = text.substr(begin, end - begin);
  return m.size() >= 4 && (m.substr(m.size() - 4) == " not" ||
                           m.find(" not") != std::string_view::npos);
}

}  // namespace

RuleInfo NegativeWithoutOptionRule::Info() {
  RuleInfo info;
  info.id = "tone.negative-without-option";
  info.summary =
      "A refusal or bad news is given with no alternative or next step "
      "offered.";
  info.standard = "S9";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Families hear \"no\" better when it comes with what we can do. The rule "
      "looks for "
      "negative statements in the author's text and fires when the same text "
      "offers no "
      "option, alternative or next step.";
  return info;
}

void NegativeWithoutOptionRule::Check(CheckContext& ctx) const {
  const ScopeText& own = ctx.analysis().own_scope();
  std::string_view text = own.text();
  size_t neg_end = 0;
  size_t neg = FindFrom(NegativePattern(), text, 0, &neg_end);
  if (neg == std::string_view::npos) return;
  size_t pos = 0, end = 0;
  while ((pos = FindFrom(OptionPattern(), text, pos, &end)) !=
         std::string_view::npos) {
    if (!IsNegatedModal(text, pos, end)) return;
    pos = end;
  }
  Report(ctx, own.Locate(neg, neg_end),
         "'" + std::string(text.substr(neg, neg_end - neg)) +
             "' with no alternative offered; add what the family can do next");
}

}  // namespace maillint
