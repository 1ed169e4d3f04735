// Validators for numbers that identify people or accounts: U.S. Social
// Security numbers, payment cards (Luhn + issuer prefix) and ABA routing
// numbers. Pure functions over ASCII digit strings; thread-safe.
//
// These decide whether a digit string *could be* a real value. Context
// (keywords nearby) is decided by the detectors (detectors.h).
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_VALIDATORS_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_VALIDATORS_H_

#include <string>
#include <string_view>

namespace maillint::confidentiality {

// The ASCII digits of `text`, in order ("4111-1111" -> "41111111").
std::string DigitsOf(std::string_view text);

// True when every digit of `digits` is the same ("111111111").
bool AllSameDigit(std::string_view digits);

// True for a 9-digit string that the SSA could have issued: area not 000,
// 666 or 900-999; group not 00; serial not 0000; not one repeated digit;
// not a straight run (123456789, 987654321); not a well-known sample number
// (078-05-1120, 219-09-9999, 123-45-6789, ...). See IsSampleSsn.
bool IsValidSsn(std::string_view digits);

// True for the SSNs that appear in ads, documentation and forms as samples
// (078-05-1120 from the Woolworth wallet, 219-09-9999 from the SSA's own
// pamphlet, 123-45-6789 and friends).
bool IsSampleSsn(std::string_view digits);

// Luhn (mod 10) check over a digit string of any length >= 2.
bool LuhnValid(std::string_view digits);

// The card network whose issuer prefix and length fit `digits` (13-19
// digits), e.g. "Visa", "Mastercard", "American Express"; "" when none does.
std::string CardNetwork(std::string_view digits);

// True for published test card numbers (4111 1111 1111 1111, 4242..., ...):
// documentation, not a leak.
bool IsTestCard(std::string_view digits);

// True for a 9-digit ABA routing transit number: a Federal Reserve prefix
// (00-12, 21-32, 61-72, 80) and the 3-7-1 weighted checksum.
bool IsValidAbaRouting(std::string_view digits);

}  // namespace maillint::confidentiality

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_VALIDATORS_H_
