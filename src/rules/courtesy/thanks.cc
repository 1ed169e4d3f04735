#include "rules/courtesy/thanks.h"

#include "rules/service_text.h"

namespace maillint {

RuleInfo ThanksRule::Info() {
  RuleInfo info;
  info.id = "courtesy.thanks";
  info.summary =
      "A reply to a family does not thank them for writing, asking or waiting.";
  info.standard = "S7";
  info.default_severity = Severity::kWarning;
  info.doc =
      "A short thank-you (for the question, the patience, the information) is "
      "part of "
      "the service standard. Only replies to people outside the district are "
      "checked.";
  return info;
}

void ThanksRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  if (!ctx.analysis().is_reply() || !HasExternalAudience(m, ctx.config()))
    return;
  const ScopeText& own = ctx.analysis().own_scope();
  if (own.empty() || MentionsAny(VocabList::kThanks, own.text()) ||
      !CanJudge(VocabList::kThanks, ctx.analysis())) {
    return;
  }
  Report(ctx, Location::Message(),
         "the reply does not thank the family; thank them for the question or "
         "their patience");
}

}  // namespace maillint
