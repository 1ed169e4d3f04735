#include "rules/greeting/generic.h"

#include "analysis/names.h"
#include "rules/greeting/salutation.h"

namespace maillint {
namespace {

// A reply to one person: one To address, no Bcc (Bcc means a group notice).
bool IsOneToOne(const Message& m) { return m.to.size() == 1 && m.bcc.empty(); }

}  // namespace

RuleInfo GenericGreetingRule::Info() {
  RuleInfo info;
  info.id = "greeting.generic";
  info.summary =
      "A generic salutation in a one-to-one reply to someone whose name is "
      "known.";
  info.standard = "S2";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Personalized service greets people by name. Fires on \"Dear Sir or "
      "Madam\", \"To "
      "whom it may concern\", \"Dear parent/guardian\", \"Hi there\" or a bare "
      "\"Hello,\" "
      "when the reply goes to one person and their name is known from the To "
      "display "
      "name, the name the original message was signed with, or its sender. "
      "Group "
      "notices (several To addresses or any Bcc) and replies to shared or "
      "no-reply "
      "mailboxes stay silent.";
  return info;
}

GenericGreetingRule::GenericGreetingRule(const RuleContext& context)
    : Rule(Info()) {
  (void)context;
}

void GenericGreetingRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  if (!IsOneToOne(m) || IsRoleMailbox(m.to.front())) return;
  std::optional<Salutation> s = FindSalutation(ctx.analysis());
  if (!s || (s->generic.empty() && !s->no_name)) return;
  const std::vector<PersonName>& names = ctx.analysis().people().addressees;
  if (names.empty()) return;
  std::string what = s->generic.empty() ? s->line : s->generic;
  Finding& f = Report(
      ctx, Location::Body(s->begin, s->end),
      "generic greeting \"" + what + "\"; the recipient's name is known (" +
          names.front().display + ", from " + names.front().source + ")");
  f.suggestion =
      "greet them by name, e.g. \"Dear " + names.front().display + ",\"";
}

}  // namespace maillint
