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
      "reply) is "
      "worse than no name. Each name in the salutation must match a recipient: "
      "the To or "
      "Cc display names, the name the quoted original was signed with, or its "
      "sender. "
      "Matching ignores case and accents, honorifics (Mr., Ms., Dr., Sr., "
      "Sra.), "
      "suffixes and word order (\"Lopez, Maria\"), accepts any part of "
      "hyphenated and "
      "multi-part names and common short forms (Bob for Robert). Shared "
      "mailboxes and "
      "no-reply senders give no name to expect, so the rule stays silent.";
  return info;
}

NameMismatchRule::NameMismatchRule(const RuleContext& context) : Rule(Info()) {
  (void)context;
}

void NameMismatchRule::Check(CheckContext& ctx) const {
  std::optional<Salutation> s = FindSalutation(ctx.analysis());
  if (!s || s->names.empty()) return;
  const std::vector<PersonName>& expected = ctx.analysis().people().addressees;
  if (expected.empty()) return;
  for (const NameToken& token : s->names) {
    bool known = std::any_of(
        expected.begin(), expected.end(),
        [&](const PersonName& p) { return TokenMatches(token.folded, p); });
    if (known) continue;
    Report(ctx, Location::Body(token.begin, token.end),
           "greeting names \"" + token.text + "\" but the recipient is " +
               ListNames(expected));
  }
}

}  // namespace maillint
