// confidentiality.bank-account: A bank routing or account number is written in
// the mail or its attachments.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_BANK_ACCOUNT_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_BANK_ACCOUNT_H_

#include "rules/confidentiality/value_rule.h"

namespace maillint {

class BankAccountRule : public confidentiality::ValueRule {
 public:
  static RuleInfo Info();
  explicit BankAccountRule(const RuleContext& ctx);

 protected:
  std::vector<confidentiality::Detection> Detect(
      std::string_view text) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_BANK_ACCOUNT_H_
