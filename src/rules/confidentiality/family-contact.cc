#include "rules/confidentiality/family-contact.h"

#include <re2/re2.h>

#include "base/text.h"
#include "rules/confidentiality/scope.h"
#include "rules/confidentiality/text_scan.h"

namespace maillint {
namespace {

using confidentiality::MatchGroups;

// A third party's family member: "Jayden's mom", "her father", "the other
// parent", "la madre de Sofía". "Your mom" is the reader's own family.
const RE2& OtherFamily() {
  static const RE2 re(
      R"(((?:\b[A-Z][a-z]+['’]s|(?i:\bhis|\bher|\btheir|\bthe other|\banother)))"
      R"([ \t]+(?i:mom|mother|dad|father|parents?|guardian|grandmother|)"
      R"(grandma|grandfather|grandpa|aunt|uncle|family|stepmother|stepfather)\b|)"
      R"((?i:\b(?:la madre|el padre|la mam[aá]|el pap[aá]|los padres|la familia|)"
      R"(el tutor|la tutora|la abuela|el abuelo) de)[ \t]+[A-Z]))");
  return re;
}

const RE2& ContactValue() {
  static const RE2 re(R"(([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})|)"
                      R"((\(?\b\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b))");
  return re;
}

// "reach me at", "call us at", "my cell": the writer's own contact.
bool IsOwnContact(std::string_view text, size_t begin) {
  static const RE2 own(
      R"((?i)(\b(me|us|my|our|mi|nuestro|nuestra|ll[aá]me(nos)?)\b[^.\n]{0,12})$)");
  size_t from = begin > 30 ? begin - 30 : 0;
  std::string_view before = text.substr(from, begin - from);
  return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), own);
}

bool IsParticipant(const Message& m, std::string_view value) {
  for (const auto* list : {&m.from, &m.to, &m.cc, &m.bcc, &m.reply_to}) {
    for (const Address& a : *list) {
      if (EqualsIgnoreCase(a.address, value)) return true;
    }
  }
  return false;
}

}  // namespace

RuleInfo FamilyContactRule::Info() {
  RuleInfo info;
  info.id = "confidentiality.family-contact";
  info.summary =
      "Another family's phone number or e-mail address is written in the body.";
  info.standard = "S6";
  info.default_severity = Severity::kError;
  info.doc =
      "Families' contact details are private. This rule fires on a phone "
      "number or e-mail address in the author's own text that follows a "
      "mention of someone else's family (\"Jayden's mom\", \"her father\", "
      "\"the other parent\", \"la madre de Sofía\") and is not an address of "
      "the message's own participants or of the district, or introduced as "
      "the writer's own (\"reach me at\", \"my cell\"). The value is "
      "shown masked in reports.";
  info.source = "built-in";
  info.fire_examples = {
      R"(You can reach Jayden's mom at 412-555-0187 to set up the carpool.)"};
  info.silent_examples = {R"(Please call the main office at 412-555-0100.)"};
  return info;
}

FamilyContactRule::FamilyContactRule(const RuleContext& /*ctx*/)
    : Rule(Info()) {}

void FamilyContactRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  std::string_view body = m.body.text;
  for (const confidentiality::TextRange& r :
       confidentiality::ScanRanges(ctx.analysis())) {
    if (r.quoted) continue;
    std::string_view text = body.substr(r.begin, r.end - r.begin);
    confidentiality::ForEachMatch(
        ContactValue(), text, [&](const MatchGroups& g) {
          size_t begin = confidentiality::OffsetIn(text, g[0]);
          size_t end = begin + g[0].size();
          bool email = !g[1].empty();
          if (email && (IsParticipant(m, g[1]) ||
                        ctx.config().IsInternalAddress(g[1]))) {
            return;
          }
          if (!confidentiality::KeywordNear(OtherFamily(), text, begin, end, 70,
                                            0) ||
              IsOwnContact(text, begin)) {
            return;
          }
          Finding& f =
              Report(ctx, Location::Body(r.begin + begin, r.begin + end),
                     std::string("another family's ") +
                         (email ? "e-mail address " : "phone number ") +
                         confidentiality::Shown(g[0], ctx.config()) + " in " +
                         confidentiality::AudienceText(m, ctx.config()) +
                         ": share it only with that family's consent");
          f.sensitive = true;
          f.severity =
              confidentiality::SeverityFor(f.severity, m, ctx.config());
        });
  }
}

}  // namespace maillint
