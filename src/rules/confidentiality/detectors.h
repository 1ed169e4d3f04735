// Detectors for personal numbers in free text: U.S. Social Security numbers,
// payment cards, bank routing and account numbers, dates of birth and
// student identifiers. Each pairs a shape (RE2) with validation
// (validators.h) and context keywords, so that phone numbers, ZIP+4 codes,
// order and ticket numbers stay silent.
//
// All functions take one text (a body segment or an attachment's text) and
// return non-overlapping Detections, left to right, with byte offsets into
// that text. English and Spanish keywords are understood. Thread-safe.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_DETECTORS_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_DETECTORS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/confidentiality/text_scan.h"

namespace maillint::confidentiality {

// SSNs written ddd-dd-dddd that pass IsValidSsn, unless an order / ticket /
// phone style keyword precedes them; the spaced, dotted and bare 9-digit
// forms only with an SSN keyword ("SSN", "social security", "seguro
// social") nearby.
std::vector<Detection> FindSsns(std::string_view text);

// Card numbers of 13-19 digits (contiguous, or grouped 4-4-4-4 / 4-6-5 with
// one kind of separator) that pass Luhn, fit an issuer prefix and are not a
// published test number. Contiguous digits need a card keyword or expiry
// date nearby; grouped ones fire without, unless an order / tracking style
// keyword precedes them.
std::vector<Detection> FindPaymentCards(std::string_view text);

// ABA routing numbers (checksum-valid) with a routing keyword nearby, and
// bank account numbers (6-17 digits) introduced by "account number" and
// the like with a banking word nearby.
std::vector<Detection> FindBankNumbers(std::string_view text);

// A date with a year written right after a date-of-birth keyword ("DOB",
// "date of birth", "born on", "fecha de nacimiento").
std::vector<Detection> FindDatesOfBirth(std::string_view text);

// Student identifiers: values matching a district's patterns with a student
// ID keyword ("student ID", "student #", "SSID", "lunch number", "perm ID",
// "número de estudiante") nearby; without configured patterns, a 5-10 digit
// value (optionally with a short letter prefix) right after such a keyword.
class StudentIdFinder {
 public:
  // Invalid patterns are skipped and listed in errors().
  explicit StudentIdFinder(const std::vector<std::string>& patterns);
  ~StudentIdFinder();
  StudentIdFinder(const StudentIdFinder&) = delete;
  StudentIdFinder& operator=(const StudentIdFinder&) = delete;

  std::vector<Detection> Find(std::string_view text) const;
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  std::vector<Detection> FindDefault(std::string_view text) const;
  std::vector<Detection> FindConfigured(std::string_view text) const;

  std::vector<std::unique_ptr<RE2>> patterns_;
  std::vector<std::string> errors_;
};

// Keeps the first of overlapping detections, in text order.
std::vector<Detection> RemoveOverlaps(std::vector<Detection> detections);

}  // namespace maillint::confidentiality

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_DETECTORS_H_
