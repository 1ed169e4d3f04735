#include "rules/greeting/name_mismatch.h"

#include <algorithm>

#include "analysis/names.h"
#include "rules/greeting/salutation.h"

namespace maillint {
namespace {

std::string ListNames(const std::vector<PersonName>& names) {
  std::string out;
  for (const PersonName& p : names) {
    if (!out.empty()) out += "; ";
    out += p.display + " (" + p.source + ")";
  }
  return out;
}

}  // namespace

RuleInfo NameMismatchRule::Info() {
  RuleInfo info;
  info.id = "greeting.name-mismatch";
  info.summary = "The greeting names someone other than the recipient.";
  info.standard = "S2";
  info.default_severity = Severity::kError;
  info.doc =
      "Greeting a family by the wrong name (a copy-paste from the previous "
      "reply) is worse than no name. Each name in the salutation must be "
      "someone of the conversation: the To or Cc display names, the name the "
      "quoted original was signed with or its sender, or a name the family "
      "wrote in the quoted message (\"Hi Tanisha and Marcus\" when Marcus "
      "signed with Tanisha or is their son). Matching ignores case and "
      "accents, honorifics, suffixes and word order (\"Lopez, Maria\"), "
      "accepts any part of hyphenated and multi-part names and common short "
      "forms (Bob for Robert). A possessive names the child (\"Hi DeShawn's "
      "family\"), and offices and roles (\"Transportation Team\", "
      "\"Student Registration\") are not people: both stay silent, as do "
      "shared mailboxes and no-reply senders.";
  return info;
}

NameMismatchRule::NameMismatchRule(const RuleContext& context) : Rule(Info()) {
  (void)context;
}

void NameMismatchRule::Check(CheckContext& ctx) const {
  std::optional<Salutation> s = FindSalutation(ctx.analysis());
  if (!s || s->names.empty()) return;
  const People& people = ctx.analysis().people();
  const std::vector<PersonName>& expected = people.addressees;
  if (expected.empty()) return;
  for (const NameToken& token : s->names) {
    bool known = std::any_of(expected.begin(), expected.end(),
                             [&](const PersonName& p) {
                               return TokenMatches(token.folded, p);
                             }) ||
                 std::binary_search(people.mentioned.begin(),
                                    people.mentioned.end(), token.folded);
    if (known) continue;
    Report(ctx, Location::Body(token.begin, token.end),
           "greeting names \"" + token.text + "\" but the recipient is " +
               ListNames(expected));
  }
}

}  // namespace maillint
