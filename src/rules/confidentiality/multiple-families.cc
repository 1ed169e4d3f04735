#include "rules/confidentiality/multiple-families.h"

#include <set>

#include "base/text.h"
#include "rules/confidentiality/scope.h"
#include "rules/confidentiality/student_mentions.h"

namespace maillint {
namespace {

// The students the scanned text names (not "your child"); `has_id` is set
// when it gives a student ID.
std::vector<confidentiality::StudentName> NamedStudents(
    const Analysis& analysis, const confidentiality::StudentIdFinder& ids,
    bool* has_id) {
  std::vector<confidentiality::StudentName> names;
  std::string_view body = analysis.message().body.text;
  for (const confidentiality::TextRange& r :
       confidentiality::ScanRanges(analysis)) {
    std::string_view text = body.substr(r.begin, r.end - r.begin);
    *has_id = *has_id || !ids.Find(text).empty();
    for (auto& n : confidentiality::FindStudentNames(text)) {
      if (!n.addressed_to_family) names.push_back(std::move(n));
    }
  }
  return names;
}

// Recipients that look like families: personal webmail addresses, or
// addresses carrying a named student's surname. A doctor's or agency's
// work address is not a family.
std::vector<Address> FamilyLike(
    const std::vector<Address>& external,
    const std::vector<confidentiality::StudentName>& names) {
  std::vector<Address> out;
  for (const Address& a : external) {
    if (confidentiality::IsWebmailDomain(a.domain()) ||
        confidentiality::LooksLikeFamilyOf(a, names)) {
      out.push_back(a);
    }
  }
  return out;
}

bool SameFamily(const Address& a, const Address& b) {
  std::string ka = confidentiality::SurnameKey(a);
  std::string kb = confidentiality::SurnameKey(b);
  if (!ka.empty() && ka == kb) return true;
  std::string la = AsciiLower(a.address);
  std::string lb = AsciiLower(b.address);
  return (ka.size() >= 3 && lb.find(ka) != std::string::npos) ||
         (kb.size() >= 3 && la.find(kb) != std::string::npos);
}

// Distinct families among `external`: recipients sharing a surname (display
// name or address) are one family ("ana.lopez@" and "Carlos Lopez").
size_t CountFamilies(const std::vector<Address>& external) {
  std::vector<size_t> family(external.size());
  for (size_t i = 0; i < external.size(); ++i) {
    family[i] = i;
    for (size_t j = 0; j < i; ++j) {
      if (SameFamily(external[i], external[j])) {
        family[i] = family[j];
        break;
      }
    }
  }
  return std::set<size_t>(family.begin(), family.end()).size();
}

}  // namespace

RuleInfo MultipleFamiliesRule::Info() {
  RuleInfo info;
  info.id = "confidentiality.multiple-families";
  info.summary =
      "A message about a named student goes to more than one family.";
  info.standard = "S6";
  info.default_severity = Severity::kError;
  info.doc =
      "A student's information belongs to that student's family. This rule "
      "fires when the external recipients belong to more than one family "
      "(different surnames and addresses) and the message names a student "
      "or gives a student ID. Families are personal webmail addresses "
      "(gmail.com, yahoo.com, ...) or addresses carrying the student's "
      "surname; work addresses of doctors or agencies are not. Two guardians "
      "sharing a surname count as one family. Mailing lists are exempt.";
  info.source = "built-in";
  return info;
}

MultipleFamiliesRule::MultipleFamiliesRule(const RuleContext& ctx)
    : Rule(Info()),
      student_ids_(ctx.config().confidentiality.student_id_patterns) {}

void MultipleFamiliesRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  if (confidentiality::IsListMessage(m)) return;
  std::vector<Address> external =
      confidentiality::ExternalRecipients(m, ctx.config());
  if (external.size() < 2) return;
  bool has_id = false;
  std::vector<confidentiality::StudentName> names =
      NamedStudents(ctx.analysis(), student_ids_, &has_id);
  if (names.empty() && !has_id) return;
  size_t families = CountFamilies(FamilyLike(external, names));
  if (families < 2) return;
  Report(ctx, Location::Header("To"),
         "this message names a student and goes to " +
             std::to_string(families) +
             " different families: write to each family separately")
      .suggestion = "send a separate message to each family";
}

}  // namespace maillint
