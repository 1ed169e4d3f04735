// confidentiality.payment-card: A payment card number is written in the mail or
// its attachments.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_PAYMENT_CARD_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_PAYMENT_CARD_H_

#include "rules/confidentiality/value_rule.h"

namespace maillint {

class PaymentCardRule : public confidentiality::ValueRule {
 public:
  static RuleInfo Info();
  explicit PaymentCardRule(const RuleContext& ctx);

 protected:
  std::vector<confidentiality::Detection> Detect(
      std::string_view text) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_PAYMENT_CARD_H_
