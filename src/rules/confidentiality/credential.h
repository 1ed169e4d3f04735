// confidentiality.credential: A password, PIN or access key is written in the
// mail or its attachments.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_CREDENTIAL_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_CREDENTIAL_H_

#include "rules/confidentiality/value_rule.h"

namespace maillint {

class CredentialRule : public confidentiality::ValueRule {
 public:
  static RuleInfo Info();
  explicit CredentialRule(const RuleContext& ctx);

 protected:
  std::vector<confidentiality::Detection> Detect(
      std::string_view text) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_CREDENTIAL_H_
