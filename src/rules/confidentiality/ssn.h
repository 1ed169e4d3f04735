// confidentiality.ssn: A U.S. Social Security number is written in the mail or
// its attachments.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_SSN_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_SSN_H_

#include "rules/confidentiality/value_rule.h"

namespace maillint {

class SsnRule : public confidentiality::ValueRule {
 public:
  static RuleInfo Info();
  explicit SsnRule(const RuleContext& ctx);

 protected:
  std::vector<confidentiality::Detection> Detect(
      std::string_view text) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_SSN_H_
