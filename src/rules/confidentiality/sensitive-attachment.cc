#include "rules/confidentiality/sensitive-attachment.h"

#include <re2/re2.h>

#include <array>
#include <memory>

#include "base/text.h"
#include "rules/confidentiality/scope.h"

namespace maillint {
namespace confidentiality {

namespace {

// Names of blank forms, guides and policies: documents about a topic, not
// records of students.
bool IsReferenceDocument(std::string_view filename) {
  static const RE2 re(
      R"((?i)(guide|faq|policy|policies|handbook|overview|brochure|flyer|)"
      R"(template|blank|procedur|safeguard|rights|notice|calendar|schedule|)"
      R"(newsletter|supply|supplies|information|info[ _-]?session|)"
      R"(instructions|gu[ií]a|pol[ií]tica|calendario|folleto))");
  return RE2::PartialMatch(re2::StringPiece(filename.data(), filename.size()),
                           re);
}

bool IsSpreadsheet(std::string_view filename) {
  static const RE2 re(R"((?i)\.(csv|tsv|xlsx?|xlsm|ods|numbers)$)");
  return RE2::PartialMatch(re2::StringPiece(filename.data(), filename.size()),
                           re);
}

}  // namespace

std::string RecordKindFromName(std::string_view filename) {
  if (IsReferenceDocument(filename)) return "";
  struct Kind {
    const char* label;
    const char* pattern;
  };
  // Word edges are letters only: "Lopez_IEP_2024.pdf" names an IEP.
  static const std::array<Kind, 9> kKinds = {{
      {"roster",
       R"((?i)(^|[^a-z])(rosters?|class[ _-]?lists?|student[ _-]?lists?|)"
       R"(lista[ _-]?de[ _-]?(estudiantes|alumnos))([^a-z]|$))"},
      {"grade book",
       R"((?i)(^|[^a-z])(grade[ _-]?books?|grades|gradebook|)"
       R"(calificaciones|notas|report[ _-]?cards?|boletas?)([^a-z]|$))"},
      {"transcript", R"((?i)(^|[^a-z])(transcripts?|expedientes?)([^a-z]|$))"},
      {"IEP", R"((?i)(^|[^a-z])(iep|individualized[ _-]?education)([^a-z]|$))"},
      {"504 plan", R"((?i)(^|[^0-9])504[ _-]?(plan)?([^0-9]|$))"},
      {"evaluation",
       R"((?i)(^|[^a-z])(psych(o)?[ _-]?ed|evaluations?|evaluaci[oó]n))"
       R"(([^a-z]|$))"},
      {"discipline record",
       R"((?i)(^|[^a-z])(discipline|disciplinary|)"
       R"(suspensions?|incident[ _-]?reports?|behavior[ _-]?reports?)([^a-z]|$))"},
      {"attendance record", R"((?i)(^|[^a-z])(attendance|absences|asistencia))"
                            R"(([^a-z]|$))"},
      {"student records", R"((?i)(^|[^a-z])(student[ _-]?(data|info|records?|)"
                          R"(directory)|enrollment[ _-]?(list|data|export)|)"
                          R"(health[ _-]?records?|immunizations?)([^a-z]|$))"},
  }};
  static const std::vector<std::unique_ptr<RE2>>* compiled = [] {
    auto* list = new std::vector<std::unique_ptr<RE2>>;
    for (const Kind& k : kKinds)
      list->push_back(std::make_unique<RE2>(k.pattern));
    return list;
  }();
  re2::StringPiece name(filename.data(), filename.size());
  for (size_t i = 0; i < kKinds.size(); ++i) {
    if (!RE2::PartialMatch(name, *(*compiled)[i])) continue;
    std::string_view label = kKinds[i].label;
    bool topic_word = label == "attendance record" ||
                      label == "discipline record" || label == "evaluation";
    if (topic_word && !IsSpreadsheet(filename)) continue;
    return kKinds[i].label;
  }
  return "";
}

bool LooksLikeStudentTable(std::string_view text) {
  static const RE2 who(R"((?i)\b(student|name|nombre|estudiante|alumno|)"
                       R"(student ?id|id)\b)");
  static const RE2 what(
      R"((?i)\b(dob|birth|birthdate|grade|score|gpa|address|phone|iep|504|)"
      R"(ssn|absences|lunch|guardian|parent|allerg\w*|calificaci[oó]n|)"
      R"(fecha de nacimiento|direcci[oó]n|tel[eé]fono)\b)");
  std::string_view header = text.substr(0, text.find('\n'));
  size_t columns = 1;
  for (char c : header) columns += (c == ',' || c == '\t' || c == ';') ? 1 : 0;
  re2::StringPiece h(header.data(), header.size());
  return columns >= 3 && RE2::PartialMatch(h, who) &&
         RE2::PartialMatch(h, what);
}

}  // namespace confidentiality

RuleInfo SensitiveAttachmentRule::Info() {
  RuleInfo info;
  info.id = "confidentiality.sensitive-attachment";
  info.summary =
      "An attachment looks like a roster, grade book, transcript, IEP or "
      "other student record.";
  info.standard = "S6";
  info.default_severity = Severity::kError;
  info.doc =
      "Student records travel through the district's student information "
      "system, not as attachments. This rule fires on attachments whose file "
      "name says roster, class list, grades, grade book, report card, "
      "transcript, IEP, 504, evaluation, discipline, attendance or student "
      "data (English and Spanish), and on text attachments (CSV, TXT) whose "
      "header row lists student columns with birth dates, grades, scores, "
      "addresses or the like. Error when any recipient is external, warning "
      "when all are internal. Values inside text attachments are checked by "
      "the other confidentiality rules.";
  info.source = "built-in";
  return info;
}

SensitiveAttachmentRule::SensitiveAttachmentRule(const RuleContext& /*ctx*/)
    : Rule(Info()) {}

void SensitiveAttachmentRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  for (size_t i = 0; i < m.attachments.size(); ++i) {
    const Attachment& a = m.attachments[i];
    std::string kind = confidentiality::RecordKindFromName(a.filename);
    if (kind.empty() && confidentiality::LooksLikeStudentTable(a.text)) {
      kind = "student table";
    }
    if (kind.empty()) continue;
    std::string name = a.filename.empty() ? "(unnamed)" : a.filename;
    Finding& f =
        Report(ctx, Location::Attachment(static_cast<int>(i)),
               "attachment '" + name + "' looks like a " + kind + " in " +
                   confidentiality::AudienceText(m, ctx.config()) +
                   ": share student records through the district's "
                   "secure system");
    f.severity = confidentiality::SeverityFor(f.severity, m, ctx.config());
  }
}

}  // namespace maillint
