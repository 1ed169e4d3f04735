// confidentiality.date-of-birth: A date of birth is written in the mail or its
// attachments.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_DATE_OF_BIRTH_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_DATE_OF_BIRTH_H_

#include "rules/confidentiality/value_rule.h"

namespace maillint {

class DateOfBirthRule : public confidentiality::ValueRule {
 public:
  static RuleInfo Info();
  explicit DateOfBirthRule(const RuleContext& ctx);

 protected:
  std::vector<confidentiality::Detection> Detect(
      std::string_view text) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_DATE_OF_BIRTH_H_
