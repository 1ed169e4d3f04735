#include "rules/confidentiality/protected-category.h"

#include <algorithm>
#include <set>
#include <string>

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
  // Students the writer's own (unquoted) text gives a record of.
  std::vector<StudentName> reply_students;
  std::string own_text, quoted_text;  // joined with '\n'
  bool has_number = false;            // student ID, SSN or date of birth
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
    if (!r.quoted) {
      for (StudentName& n : confidentiality::FindStudentsWithRecords(text)) {
        e.reply_students.push_back(std::move(n));
      }
    }
    (r.quoted ? e.quoted_text : e.own_text).append(text).append("\n");
    e.has_number = e.has_number || !ids.Find(text).empty() ||
                   !confidentiality::FindSsns(text).empty() ||
                   !confidentiality::FindDatesOfBirth(text).empty();
  }
  std::sort(
      e.topics.begin(), e.topics.end(),
      [](const Detection& a, const Detection& b) { return a.begin < b.begin; });
  return e;
}

// Who the family that wrote in is about (see FindWrongFamilyStudent).
struct Family {
  std::set<std::string> children;   // first-name keys the family named
  std::set<std::string> mentioned;  // capitalized words of quote and reply
  std::set<std::string> others;     // "another student, Liam"
  std::vector<Address> people;      // recipients and the quote's signer
};

Family FamilyOf(const Analysis& analysis, const std::vector<Address>& external,
                const Evidence& e) {
  const Message& m = analysis.message();
  static const RE2 possessive(R"(\b([A-Z][a-zà-öø-ÿ'’-]+)['’]s\b)");
  Family f;
  std::string asked = e.quoted_text + "\n" + m.subject;
  for (const StudentName& n : confidentiality::FindOwnChildren(asked)) {
    f.children.insert(confidentiality::FirstNameKey(n.name));
  }
  for (const StudentName& n : confidentiality::FindStudentNames(asked)) {
    f.children.insert(confidentiality::FirstNameKey(n.name));
  }
  confidentiality::ForEachMatch(
      possessive, asked, [&](const confidentiality::MatchGroups& g) {
        f.children.insert(confidentiality::FirstNameKey(g[1]));
      });
  for (const StudentName& n : confidentiality::FindStudentNames(e.own_text)) {
    if (n.addressed_to_family) {
      f.children.insert(confidentiality::FirstNameKey(n.name));
    }
  }
  for (const StudentName& n : confidentiality::FindOtherChildren(asked)) {
    f.others.insert(confidentiality::FirstNameKey(n.name));
  }
  std::set<std::string> quoted;
  for (const std::string& w : confidentiality::CapitalizedWords(asked)) {
    quoted.insert(confidentiality::FirstNameKey(w));
  }
  for (const std::string& w : confidentiality::CapitalizedWords(e.own_text)) {
    std::string key = confidentiality::FirstNameKey(w);
    if (quoted.count(key)) f.mentioned.insert(key);
  }
  for (const std::string& key : f.others) {
    f.children.erase(key);
    f.mentioned.erase(key);
  }
  f.people = external;
  if (const auto& original = analysis.anatomy().original) {
    for (const std::string& name :
         {original->author_name, original->signed_name}) {
      if (!name.empty()) f.people.push_back({name, ""});
    }
  }
  return f;
}

// A student the reply gives a record of who is not the family's own: the
// family named its child (or called this one "another student") and this
// one is neither that child nor shares a surname with the family. Null when
// there is none or the family's child is unknown.
const StudentName* FindWrongFamilyStudent(const Family& f, const Evidence& e) {
  if (f.children.empty() && f.others.empty()) return nullptr;
  for (const StudentName& n : e.reply_students) {
    std::string key = confidentiality::FirstNameKey(n.name);
    if (f.others.count(key)) return &n;
    if (f.children.count(key) || f.mentioned.count(key)) continue;
    bool related =
        std::any_of(f.people.begin(), f.people.end(), [&](const Address& a) {
          return confidentiality::LooksLikeFamilyOf(a, {n});
        });
    if (!related) return &n;
  }
  return nullptr;
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
  if (e.topics.empty()) return;
  if (const StudentName* other =
          FindWrongFamilyStudent(FamilyOf(ctx.analysis(), external, e), e)) {
    const Detection& first = e.topics.front();
    Finding& f =
        Report(ctx, Location::Body(first.begin, first.end),
               "protected student information (" + TopicList(e.topics) +
                   ") about " + other->name +
                   ", who is not the child of the family this reply goes to: "
                   "share a student's records only with that student's family");
    f.suggestion = "remove what the reply says about " + other->name;
    return;
  }
  if (e.names.empty() && !e.has_number) return;
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
