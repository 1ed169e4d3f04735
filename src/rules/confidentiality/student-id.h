// confidentiality.student-id: a student identifier is written in the mail or
// its attachments.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_STUDENT_ID_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_STUDENT_ID_H_

#include "rules/confidentiality/detectors.h"
#include "rules/confidentiality/value_rule.h"

namespace maillint {

class StudentIdRule : public confidentiality::ValueRule {
 public:
  static RuleInfo Info();
  // Reads confidentiality.student_id_patterns; an invalid pattern is an
  // option error (the run stops with a configuration error).
  explicit StudentIdRule(const RuleContext& ctx);

 protected:
  std::vector<confidentiality::Detection> Detect(
      std::string_view text) const override;

 private:
  confidentiality::StudentIdFinder finder_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_STUDENT_ID_H_
