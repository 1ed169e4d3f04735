#include "rules/confidentiality/payment-card.h"

#include "rules/confidentiality/detectors.h"

namespace maillint {

RuleInfo PaymentCardRule::Info() {
  RuleInfo info;
  info.id = "confidentiality.payment-card";
  info.summary =
      "A payment card number is written in the mail or its attachments.";
  info.standard = "S6";
  info.default_severity = Severity::kError;
  info.doc =
      "Finds card numbers of 13 to 19 digits that pass the Luhn check and "
      "carry a real issuer prefix (Visa, Mastercard, American Express, "
      "Discover, Diners Club, JCB, UnionPay, Maestro). Numbers printed in card "
      "groups (4-4-4-4, 4-6-5) fire on their own; a run of digits needs a card "
      "keyword or an expiry date nearby. Published test numbers such as 4111 "
      "1111 1111 1111 are ignored. The value is shown masked in every report "
      "unless --show-sensitive is given. Error when any recipient is "
      "external, warning when all are internal.";
  info.source = "built-in";
  info.fire_examples = {R"(Card: 4556 7375 8689 9855 exp 04/27)"};
  info.silent_examples = {R"(Tracking number 9400 1000 0000 0000 0000 00)"};
  return info;
}

PaymentCardRule::PaymentCardRule(const RuleContext& /*ctx*/)
    : ValueRule(Info()) {}

std::vector<confidentiality::Detection> PaymentCardRule::Detect(
    std::string_view text) const {
  return confidentiality::FindPaymentCards(text);
}

}  // namespace maillint
