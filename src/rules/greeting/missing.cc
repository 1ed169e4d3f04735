#include "rules/greeting/missing.h"

#include "rules/service_text.h"

namespace maillint {

RuleInfo MissingGreetingRule::Info() {
  RuleInfo info;
  info.id = "greeting.missing";
  info.summary = "A reply should open with a salutation such as \"Hi Ana,\".";
  info.standard = "S7";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Families notice a reply that starts without a greeting. The rule looks "
      "only at the author's new text (never at quoted history) and accepts "
      "salutations in English, Spanish and the other languages the reply "
      "anatomy knows (\"Hi Ana,\", \"Dear Mr. Lee,\", \"Hola María:\", "
      "\"Good morning,\", \"Bonjour\").";
  info.fire_examples = {
      "Re: bus\n\nThe bus leaves at 7.\n\nOn Mon, Bob "
      "<b@x.org> wrote:\n> When?\n"};
  info.silent_examples = {
      "Hi Bob,\n\nThe bus leaves at 7.\n\nOn Mon, Bob "
      "<b@x.org> wrote:\n> When?\n"};
  return info;
}

void MissingGreetingRule::Check(CheckContext& ctx) const {
  const Message& message = ctx.message();
  if (!ctx.analysis().is_reply()) return;
  if (!CanJudge(VocabList::kGreetings, ctx.analysis())) return;
  for (const Segment& s : ctx.anatomy().segments) {
    if (s.type == SegmentType::kGreeting) return;
    if (s.type != SegmentType::kNewText) continue;
    size_t end = message.body.text.find('\n', s.begin);
    end = std::min(end == std::string::npos ? s.end : end, s.end);
    Report(ctx, Location::Body(s.begin, end),
           "The reply starts without a greeting; open with the reader's name, "
           "e.g. \"Hi Ana,\"")
        .suggestion = "Add a salutation line such as \"Hi <name>,\"";
    return;
  }
}

}  // namespace maillint
