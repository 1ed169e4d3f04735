#include "rules/confidentiality/credential.h"

#include "rules/confidentiality/credentials.h"
#include "rules/confidentiality/detectors.h"

namespace maillint {

RuleInfo CredentialRule::Info() {
  RuleInfo info;
  info.id = "confidentiality.credential";
  info.summary =
      "A password, PIN or access key is written in the mail or its "
      "attachments.";
  info.standard = "S6";
  info.default_severity = Severity::kError;
  info.doc =
      "Finds passwords, passcodes and PINs given as values (\"Password: "
      "Tiger#22\", \"su contraseña es ...\"), login lines that carry a secret, "
      "and API keys or tokens of well-known shapes (AWS access keys, GitHub "
      "and Slack tokens, Google, Stripe and SendGrid keys, JSON web tokens, "
      "private-key blocks). A password value must look like one (a digit, a "
      "symbol or inner capitals); \"your password is required\" stays silent. "
      "The value is shown masked in every report "
      "unless --show-sensitive is given. Error when any recipient is "
      "external, warning when all are internal.";
  info.source = "built-in";
  info.fire_examples = {R"(Your temporary password is Blue42Sky!)"};
  info.silent_examples = {
      R"(Use the Forgot password link to reset your password.)"};
  return info;
}

CredentialRule::CredentialRule(const RuleContext& /*ctx*/)
    : ValueRule(Info()) {}

std::vector<confidentiality::Detection> CredentialRule::Detect(
    std::string_view text) const {
  std::vector<confidentiality::Detection> found =
      confidentiality::FindCredentials(text);
  for (confidentiality::Detection& d :
       confidentiality::FindSecretTokens(text)) {
    found.push_back(std::move(d));
  }
  return confidentiality::RemoveOverlaps(std::move(found));
}

}  // namespace maillint
