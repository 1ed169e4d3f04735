#include "rules/confidentiality/student_mentions.h"

#include <array>
#include <cctype>
#include <memory>

#include "base/fold.h"
#include "base/text.h"

namespace maillint::confidentiality {
namespace {

constexpr char kName[] =
    R"(([A-Z][a-zà-öø-ÿ'’-]+(?:[ \t]+[A-Z][a-zà-öø-ÿ'’-]+)?))";

// Capitalized words that follow "student" in office and program names.
bool IsOfficeWord(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kWords = {
      "Services", "Support",    "Affairs",      "Council",   "Government",
      "Handbook", "Portal",     "Information",  "Success",   "Center",
      "Records",  "Teacher",    "Name",         "Id",        "ID",
      "Number",   "Activities", "Life",         "Health",    "Assistance",
      "Body",     "Union",      "Registration", "Enrollment"};
  for (std::string_view w : kWords) {
    if (StartsWith(word, w)) return true;
  }
  return false;
}

void AddNames(const RE2& re, std::string_view text, bool family,
              std::vector<StudentName>& out) {
  ForEachMatch(re, text, [&](const MatchGroups& m) {
    std::string_view name = m[1];
    if (name.empty() || IsOfficeWord(name)) return;
    out.push_back({std::string(name), family});
  });
}

std::string LastWordLower(std::string_view name) {
  name = Trim(name);
  size_t space = name.find_last_of(" \t");
  std::string_view last =
      space == std::string_view::npos ? name : name.substr(space + 1);
  return AsciiLower(last);
}

}  // namespace

std::vector<StudentName> FindStudentNames(std::string_view text) {
  static const RE2 after_student(
      std::string(R"((?:(?i:\bstudent|\bestudiante|\balumn[oa])[:,]?[ \t]+))") +
      kName);
  static const RE2 addressed(
      std::string(R"((?i:\byour[ \t]+(?:son|daughter|child|student)|)"
                  R"(\bsu[ \t]+(?:hij[oa]|estudiante)|\btu[ \t]+hij[oa]))"
                  R"([,]?[ \t]+)") +
      kName);
  static const RE2 possessive(
      std::string(R"(\b)") + kName +
      R"('s[ \t]+(?i:IEP|504|grades?|report card|suspension|behavior|)"
      R"(discipline|attendance|absences|test scores?|evaluation|medication|)"
      R"(diagnosis|health|nurse))");
  static const RE2 spanish(
      std::string(
          R"((?i:\b(?:el IEP|el plan 504|las calificaciones|las notas|)"
          R"(la suspensi[oó]n|la evaluaci[oó]n|las ausencias|la asistencia|)"
          R"(la medicaci[oó]n|el diagn[oó]stico) de(?:l estudiante)?)[ \t]+)") +
      kName);
  std::vector<StudentName> out;
  AddNames(after_student, text, false, out);
  AddNames(addressed, text, true, out);
  AddNames(possessive, text, false, out);
  AddNames(spanish, text, false, out);
  return out;
}

std::vector<StudentName> FindStudentsWithRecords(std::string_view text) {
  static const RE2 re(
      std::string(R"(\b)") + kName +
      R"([ \t]+(?:(?:has|had)[ \t]+(?:a[n]?[ \t]+)?(?:IEP|504|Section[ \t]+504|)"
      R"(behavior[ \t]+plan)|(?:is|was|has[ \t]+been|will[ \t]+be|got)[ \t]+)"
      R"((?:being[ \t]+)?(?:suspended|expelled|failing|diagnosed|truant)))");
  std::vector<StudentName> out = FindStudentNames(text);
  AddNames(re, text, false, out);
  return out;
}

std::vector<StudentName> FindOwnChildren(std::string_view text) {
  static const RE2 re(
      std::string(
          R"((?i:\b(?:my|our)[ \t]+(?:son|daughter|child|kid|boy|girl|)"
          R"(grandson|granddaughter|stepson|stepdaughter|twins?)|)"
          R"(\b(?:mi|nuestr[oa])[ \t]+(?:hij[oa]|niñ[oa]|niet[oa])|)"
          R"(\bmon[ \t]+fils|\bma[ \t]+fille|\bnotre[ \t]+(?:fils|fille)|)"
          R"(\b(?:meu|nosso)[ \t]+filho|\b(?:minha|nossa)[ \t]+filha))"
          R"([,]?[ \t]+)") +
      kName);
  std::vector<StudentName> out;
  AddNames(re, text, true, out);
  return out;
}

std::vector<StudentName> FindOtherChildren(std::string_view text) {
  static const RE2 re(
      std::string(R"((?i:\b(?:another|the[ \t]+other|other)[ \t]+)"
                  R"((?:student|boy|girl|child|kid|classmate)|)"
                  R"(\b(?:otr[oa])[ \t]+(?:estudiante|alumn[oa]|niñ[oa])|)"
                  R"(\bun[ \t]+autre[ \t]+(?:élève|enfant)|)"
                  R"(\boutr[oa][ \t]+(?:aluno|aluna|criança)))"
                  R"([,]?[ \t]+(?:named[ \t]+|llamad[oa][ \t]+)?)") +
      kName);
  std::vector<StudentName> out;
  AddNames(re, text, false, out);
  return out;
}

std::vector<std::string> CapitalizedWords(std::string_view text) {
  static const RE2 re(R"(\b([A-Z][a-zà-öø-ÿ'’-]+))");
  std::vector<std::string> out;
  ForEachMatch(re, text, [&](const MatchGroups& m) { out.emplace_back(m[1]); });
  return out;
}

std::string FirstNameKey(std::string_view name) {
  name = Trim(name);
  std::string_view first = name.substr(0, name.find_first_of(" \t"));
  if (EndsWith(first, "'s") || EndsWith(first, "’s")) {
    first.remove_suffix(EndsWith(first, "'s") ? 2 : 4);
  }
  return FoldForMatching(first);
}

std::vector<Detection> FindProtectedTopics(std::string_view text) {
  struct Topic {
    const char* label;
    const char* pattern;
  };
  static const std::array<Topic, 7> kTopics = {{
      {"IEP",
       R"(\bIEPs?\b|(?i:\bindividuali[sz]ed education (?:program|plan)\b))"},
      {"504 plan", R"((?i)\b(?:504 plan|section 504|plan 504)\b)"},
      {"special-education evaluation",
       R"((?i)\b(?:special[- ]education|psycho-?educational|educaci[oó]n especial))"
       R"( (?:evaluation|eval|eligibility|referral|evaluaci[oó]n)\b)"},
      {"discipline",
       R"((?i)\b(?:suspended|suspension|expelled|expulsion|disciplinary|)"
       R"(suspendid[oa]|suspensi[oó]n|expulsi[oó]n)\b)"},
      {"health",
       R"((?i)\b(?:medication|diagnosis|diagnosed|ADHD|seizures?|insulin|)"
       R"(inhaler|nurse's office|medicamentos?|diagn[oó]stico)\b)"},
      {"grades",
       R"((?i)\b(?:grades|report card|test scores?|GPA|failing|calificaciones|)"
       R"(boleta de calificaciones)\b)"},
      {"attendance",
       R"((?i)\b(?:absences|truancy|truant|unexcused|tardies|ausencias|)"
       R"(faltas injustificadas)\b)"},
  }};
  static const std::vector<std::unique_ptr<RE2>>* compiled = [] {
    auto* list = new std::vector<std::unique_ptr<RE2>>;
    for (const Topic& t : kTopics)
      list->push_back(std::make_unique<RE2>(t.pattern));
    return list;
  }();
  std::vector<Detection> out;
  for (size_t i = 0; i < kTopics.size(); ++i) {
    ForEachMatch(*(*compiled)[i], text, [&](const MatchGroups& m) {
      size_t begin = OffsetIn(text, m[0]);
      out.push_back({begin, begin + m[0].size(), kTopics[i].label, true});
    });
  }
  return out;
}

std::string SurnameKey(const Address& address) {
  std::string last = LastWordLower(address.display_name);
  if (last.size() >= 2) return last;
  std::string local =
      AsciiLower(address.address.substr(0, address.address.find('@')));
  std::string best, run;
  for (char c : local + ".") {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      run += c;
    } else {
      if (run.size() > best.size()) best = run;
      run.clear();
    }
  }
  return best;
}

bool LooksLikeFamilyOf(const Address& recipient,
                       const std::vector<StudentName>& names) {
  std::string shown =
      AsciiLower(recipient.display_name + " " + recipient.address);
  for (const StudentName& n : names) {
    std::string surname = LastWordLower(n.name);
    if (surname.size() >= 3 && n.name.find(' ') != std::string::npos &&
        shown.find(surname) != std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace maillint::confidentiality
