#include "rules/courtesy/offer_help.h"

#include "rules/service_text.h"

namespace maillint {

RuleInfo OfferHelpRule::Info() {
  RuleInfo info;
  info.id = "courtesy.offer-help";
  info.summary =
      "A reply ends without offering further help before the sign-off.";
  info.standard = "S7";
  info.default_severity = Severity::kInfo;
  info.doc =
      "Closing with an offer (\"Please let me know if you have other "
      "questions\") tells "
      "the family the door is open. Only replies to people outside the "
      "district are checked.";
  return info;
}

void OfferHelpRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  if (!ctx.analysis().is_reply() || !HasExternalAudience(m, ctx.config()))
    return;
  const ScopeText& own = ctx.analysis().own_scope();
  if (own.empty() || MentionsAny(VocabList::kOfferHelp, own.text()) ||
      !CanJudge(VocabList::kOfferHelp, ctx.analysis())) {
    return;
  }
  std::vector<const Segment*> closings =
      ctx.anatomy().Find(SegmentType::kClosing);
  Location where = closings.empty() ? Location::Message()
                                    : Location::Body(closings.front()->begin,
                                                     closings.front()->end);
  Report(ctx, where,
         "no offer of further help before the sign-off; ask if they need "
         "anything else");
}

}  // namespace maillint
