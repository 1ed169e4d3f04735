// Detectors for secrets written into mail: passwords, passcodes and PINs
// given as values ("Password: Tiger#22", "su contraseña es ..."), login
// lines with a secret ("Login: mlopez / Tiger#22"), and API keys / tokens of
// well-known shapes (AWS, GitHub, Slack, Google, Stripe, SendGrid, JWT,
// private key blocks).
//
// A password value counts only when it looks like one: 4-64 characters with
// a digit, a symbol or inner capitals, and not a placeholder ("********",
// "[redacted]", "<your password>"), a URL or an e-mail address. Words such
// as "password is required" or "password reset" stay silent. Thread-safe.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_CREDENTIALS_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_CREDENTIALS_H_

#include <string_view>
#include <vector>

#include "rules/confidentiality/text_scan.h"

namespace maillint::confidentiality {

// Passwords, passcodes, PINs and login secrets; the range is the value only.
std::vector<Detection> FindCredentials(std::string_view text);

// API keys, tokens and private-key blocks; the range is the token.
std::vector<Detection> FindSecretTokens(std::string_view text);

// True when `value` (already cut at whitespace) looks like a secret rather
// than a word, a placeholder, a URL or an address. Exposed for tests.
bool LooksLikeSecret(std::string_view value);

}  // namespace maillint::confidentiality

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_CREDENTIALS_H_
