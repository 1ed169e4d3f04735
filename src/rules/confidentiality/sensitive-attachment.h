// confidentiality.sensitive-attachment: an attachment looks like a roster,
// grade book, transcript, IEP or other student record.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_SENSITIVE_ATTACHMENT_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_SENSITIVE_ATTACHMENT_H_

#include "lint/rule.h"

namespace maillint {

class SensitiveAttachmentRule : public Rule {
 public:
  static RuleInfo Info();
  explicit SensitiveAttachmentRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;
};

namespace confidentiality {

// The kind of student record a file name suggests ("roster", "grade book",
// "transcript", "IEP", ...), or "" when none. Guides, policies, blank forms,
// calendars and newsletters are not records; attendance, discipline and
// evaluation names count only for spreadsheets.
std::string RecordKindFromName(std::string_view filename);

// True when `text` (an attachment's text) starts with a table header naming
// student columns: a student / name / ID column and a sensitive column
// (DOB, grade, score, GPA, address, phone, IEP, ...).
bool LooksLikeStudentTable(std::string_view text);

}  // namespace confidentiality
}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_SENSITIVE_ATTACHMENT_H_
