#include "rules/confidentiality/protected-category.h"

#include <algorithm>

#include "base/text.h"
#include "rules/confidentiality/scope.h"
#include "rules/confidentiality/student_mentions.h"

namespace maillint {
namespace {

using confidentiality::Detection;
using confidentiality::StudentName;

// What the scanned text of a message says about students.
struct Evidence {
  std::vector<Detection> topics;  // offsets in the body
  std::vector<StudentName> names;
  bool has_number = false;  // student ID, SSN or date of birth
};

Evidence Gather(const Analysis& analysis,
                const confidentiality::StudentIdFinder& ids) {
  Evidence e;
  std::string_view body = analysis.message().body.text;
  for (const confidentiality::TextRange& r :
       confidentiality::ScanRanges(analysis)) {
    std::string_view text = body.substr(r.begin, r.end - r.begin);
    for (Detection d : confidentiality::FindProtectedTopics(text)) {
      d.begin += r.begin;
      d.end += r.begin;
      e.topics.push_back(d);
    }
    for (StudentName& n : confidentiality::FindStudentNames(text)) {
      e.names.push_back(std::move(n));
    }
    e.has_number = e.has_number || !ids.Find(text).empty() ||
                   !confidentiality::FindSsns(text).empty() ||
                   !confidentiality::FindDatesOfBirth(text).empty();
  }
  std::sort(
      e.topics.begin(), e.topics.end(),
      [](const Detection& a, const Detection& b) { return a.begin < b.begin; });
  return e;
}

// Addresses of whoever wrote the messages being answered: the anatomy's
// quoted original, and any address on an attribution line ("On ... <a@b>
// wrote:", "From: ...", "De: ...") of the body.
std::vector<std::string> Askers(const Analysis& a) {
  const Message& m = a.message();
  static const RE2 attribution(
      R"((?im)^[> ]*(?:on\s|el\s|from:|de:)[^\n]*?)"
      R"(([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}))");
  std::vector<std::string> out;
  const auto& original = a.anatomy().original;
  if (original && !original->author_address.empty()) {
    out.push_back(original->author_address);
  }
  confidentiality::ForEachMatch(
      attribution, m.body.text,
      [&](const confidentiality::MatchGroups& g) { out.emplace_back(g[1]); });
  return out;
}

// True when every external recipient is the named student's family, or the
// person who wrote the message being answered (a family asking about its
// own child).
bool OnlyFamily(const Analysis& analysis, const std::vector<Address>& external,
                const Evidence& e) {
  std::vector<std::string> askers = Askers(analysis);
  bool addressed =
      std::any_of(e.names.begin(), e.names.end(),
                  [](const StudentName& n) { return n.addressed_to_family; });
  if (addressed && external.size() == 1) return true;
  return std::all_of(external.begin(), external.end(), [&](const Address& a) {
    bool asked = std::any_of(
        askers.begin(), askers.end(),
        [&](const std::string& s) { return EqualsIgnoreCase(a.address, s); });
    return asked || confidentiality::LooksLikeFamilyOf(a, e.names);
  });
}

std::string TopicList(const std::vector<Detection>& topics) {
  std::vector<std::string> labels;
  for (const Detection& d : topics) {
    if (std::find(labels.begin(), labels.end(), d.what) == labels.end()) {
      labels.push_back(d.what);
    }
  }
  std::string out;
  for (size_t i = 0; i < labels.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == labels.size() ? " and " : ", ") + labels[i];
  }
  return out;
}

}  // namespace

RuleInfo ProtectedCategoryRule::Info() {
  RuleInfo info;
  info.id = "confidentiality.protected-category";
  info.summary =
      "Protected student information (IEP, 504, discipline, health, grades, "
      "attendance) about an identified student goes to an outside address.";
  info.standard = "S6";
  info.default_severity = Severity::kError;
  info.doc =
      "FERPA protects education records. This rule fires when a message to "
      "an external recipient discusses a protected topic (IEP, 504 plan, "
      "special-education evaluation, discipline or suspension, health or "
      "medication, grades or test scores, attendance) together with an "
      "identified student: a student ID, SSN or date of birth, or a named "
      "student (\"student Maria Lopez\", \"Jayden's IEP\"). Replies to the "
      "student's own family (the person who wrote in, or recipients sharing "
      "the student's surname) stay silent. Quoted history counts; "
      "confidentiality footers do not.";
  info.source = "built-in";
  return info;
}

ProtectedCategoryRule::ProtectedCategoryRule(const RuleContext& ctx)
    : Rule(Info()),
      student_ids_(ctx.config().confidentiality.student_id_patterns) {}

void ProtectedCategoryRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  std::vector<Address> external =
      confidentiality::ExternalRecipients(m, ctx.config());
  if (external.empty()) return;
  Evidence e = Gather(ctx.analysis(), student_ids_);
  if (e.topics.empty() || (e.names.empty() && !e.has_number)) return;
  if (OnlyFamily(ctx.analysis(), external, e)) return;
  const Detection& first = e.topics.front();
  Report(ctx, Location::Body(first.begin, first.end),
         "protected student information (" + TopicList(e.topics) +
             ") about an identified student in mail to an external "
             "recipient: share it only with the student's family or "
             "through the district's secure system")
      .suggestion =
      "remove the outside recipient, or remove the student's "
      "identity and the protected details";
}

}  // namespace maillint
