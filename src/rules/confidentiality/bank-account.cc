#include "rules/confidentiality/bank-account.h"

#include "rules/confidentiality/detectors.h"

namespace maillint {

RuleInfo BankAccountRule::Info() {
  RuleInfo info;
  info.id = "confidentiality.bank-account";
  info.summary =
      "A bank routing or account number is written in the mail or its "
      "attachments.";
  info.standard = "S6";
  info.default_severity = Severity::kError;
  info.doc =
      "Finds ABA routing numbers (valid checksum, next to \"routing\" / "
      "\"ABA\") and bank account numbers (6 to 17 digits introduced by "
      "\"account number\", \"acct\" or \"cuenta\" with a banking word such as "
      "bank, checking, savings or direct deposit nearby). The value is shown "
      "masked in every report "
      "unless --show-sensitive is given. Error when any recipient is "
      "external, warning when all are internal.";
  info.source = "built-in";
  info.fire_examples = {
      R"(Routing number 021000021, checking account number 4830021957.)"};
  info.silent_examples = {R"(Your lunch account balance is 12.50.)"};
  return info;
}

BankAccountRule::BankAccountRule(const RuleContext& /*ctx*/)
    : ValueRule(Info()) {}

std::vector<confidentiality::Detection> BankAccountRule::Detect(
    std::string_view text) const {
  return confidentiality::FindBankNumbers(text);
}

}  // namespace maillint
