// Detectors in context: what must fire, and the look-alikes that must not
// (phone numbers, ZIP+4, order and ticket numbers, tracking numbers, dates).
#include "rules/confidentiality/detectors.h"

#include <doctest/doctest.h>

#include <string>

#include "rules/confidentiality/credentials.h"

namespace maillint::confidentiality {
namespace {

// The values found in `text`, joined with '|'.
std::string Values(const std::vector<Detection>& found, std::string_view text) {
  std::string out;
  for (const Detection& d : found) {
    if (!out.empty()) out += "|";
    out += std::string(text.substr(d.begin, d.end - d.begin));
  }
  return out;
}

std::string Ssns(std::string_view t) { return Values(FindSsns(t), t); }
std::string Cards(std::string_view t) { return Values(FindPaymentCards(t), t); }
std::string Bank(std::string_view t) { return Values(FindBankNumbers(t), t); }
std::string Dobs(std::string_view t) { return Values(FindDatesOfBirth(t), t); }
std::string Creds(std::string_view t) { return Values(FindCredentials(t), t); }
std::string Tokens(std::string_view t) {
  return Values(FindSecretTokens(t), t);
}

}  // namespace

TEST_CASE("SSNs in context") {
  CHECK(Ssns("Her SSN is 512-44-3187.") == "512-44-3187");
  CHECK(Ssns("512-44-3187") == "512-44-3187");
  CHECK(Ssns("Social Security: 512 44 3187") == "512 44 3187");
  CHECK(Ssns("SSN#512443187") == "512443187");
  CHECK(Ssns("número de seguro social 512443187") == "512443187");
  CHECK(Ssns("(SSN 512.44.3187)") == "512.44.3187");
  CHECK(Ssns("> SSN: 512-44-3187\n> thanks") == "512-44-3187");
  CHECK(Ssns("SS #: 460-89-9847 and 514-69-0360") == "460-89-9847|514-69-0360");
}

TEST_CASE("SSN look-alikes stay silent") {
  CHECK(Ssns("512443187") == "");                // bare, no keyword
  CHECK(Ssns("ID 512 44 3187") == "");           // spaced, no keyword
  CHECK(Ssns("Call 412-529-3600 today") == "");  // phone
  CHECK(Ssns("Call (412) 529-3600") == "");
  CHECK(Ssns("Pittsburgh, PA 15213-3890") == "");  // ZIP+4
  CHECK(Ssns("zip 152133890") == "");
  CHECK(Ssns("Order #512-44-3187 shipped") == "");
  CHECK(Ssns("Ticket 512-44-3187 is closed") == "");
  CHECK(Ssns("case no. 512-44-3187") == "");
  CHECK(Ssns("SSN: 078-05-1120") == "");  // Woolworth sample
  CHECK(Ssns("SSN: 219-09-9999") == "");  // SSA pamphlet sample
  CHECK(Ssns("SSN: 123-45-6789") == "");  // placeholder
  CHECK(Ssns("SSN: 000-12-3456") == "");  // area 000
  CHECK(Ssns("SSN: 666-12-3456") == "");  // area 666
  CHECK(Ssns("SSN: 912-12-3456") == "");  // ITIN range
  CHECK(Ssns("SSN: 512-00-3456") == "");  // group 00
  CHECK(Ssns("SSN: 512-12-0000") == "");  // serial 0000
  CHECK(Ssns("SSN: 555-55-5555") == "");  // repeated digit
  CHECK(Ssns("SSN 512-44-31870") == "");  // part of a longer number
  CHECK(Ssns("v1512-44-3187") == "");
  CHECK(Ssns("ISBN 978-0-512-44-3187") == "");
  CHECK(Ssns("1-512-44-3187") == "");
  CHECK(Ssns("512-44 3187") == "");  // mixed separators
  CHECK(Ssns("$512-44-3187") == "");
  CHECK(Ssns("Position number 512-44-3187 is posted") == "");
  CHECK(Ssns("Medicaid member 512-44-3187") == "");
}

TEST_CASE("payment cards in context") {
  CHECK(Cards("Card: 4526 0181 5908 3012 exp 04/27") == "4526 0181 5908 3012");
  CHECK(Cards("4526-0181-5908-3012") == "4526-0181-5908-3012");
  CHECK(Cards("Amex 3455 597971 14716") == "3455 597971 14716");
  CHECK(Cards("my card 4526018159083012 please") == "4526018159083012");
  CHECK(Cards("tarjeta de crédito 5182199351819098") == "5182199351819098");
  CHECK(Cards("cc 6011170342366718, vence 09/26") == "6011170342366718");
  CHECK(Cards("4526018159083012 exp 11/2026") == "4526018159083012");
  CHECK(Cards("Card 4526 0181 5908 3012 2025") == "4526 0181 5908 3012");
}

TEST_CASE("card look-alikes stay silent") {
  CHECK(Cards("Reference 4526018159083012") == "");    // contiguous, no keyword
  CHECK(Cards("Card 4526 0181 5908 3015") == "");      // Luhn fails
  CHECK(Cards("Card 4111 1111 1111 1111") == "");      // test number
  CHECK(Cards("card 1316 7232 6865 6356") == "");      // no issuer
  CHECK(Cards("Tracking 4526 0181 5908 3012") == "");  // tracking keyword
  CHECK(Cards("Order 4526-0181-5908-3012") == "");
  CHECK(Cards("USPS 9400 1000 0000 0000 0000 00") == "");
  CHECK(Cards("Call 412-529-3600 or 412 555 0100") == "");
  CHECK(Cards("card 452601815908301") == "");     // 15-digit Visa, bad Luhn
  CHECK(Cards("card 4526 01815 9083012") == "");  // odd grouping
  CHECK(Cards("card 0000 0000 0000 0000") == "");
  CHECK(Cards("3.14159265358979323") == "");
}

TEST_CASE("bank numbers need banking words") {
  CHECK(Bank("Routing number 021000021, checking account number 4830021957.") ==
        "021000021|4830021957");
  CHECK(Bank("ABA: 043000096") == "043000096");
  CHECK(Bank("Número de ruta 021000089; cuenta bancaria 00123456789") ==
        "021000089|00123456789");
  CHECK(Bank("bank account # 5523-0091-77") == "5523-0091-77");
  CHECK(Bank("Account number 88812345 for direct deposit") == "88812345");
  CHECK(Bank("routing 021000022") == "");                 // bad checksum
  CHECK(Bank("021000021") == "");                         // no keyword
  CHECK(Bank("Your account number is 88812345.") == "");  // no bank word
  CHECK(Bank("checking account ending in 4821") == "");   // last four only
  CHECK(Bank("lunch account 12.50") == "");
}

TEST_CASE("dates of birth need a keyword right before") {
  CHECK(Dobs("Student: Maria Lopez, DOB: 03/14/2012") == "03/14/2012");
  CHECK(Dobs("date of birth is March 14, 2012.") == "March 14, 2012");
  CHECK(Dobs("fecha de nacimiento: 14 de marzo de 2012") ==
        "14 de marzo de 2012");
  CHECK(Dobs("born on 2012-03-14 in Pittsburgh") == "2012-03-14");
  CHECK(Dobs("D.O.B. 3/4/12") == "3/4/12");
  CHECK(Dobs("The meeting is on 03/14/2025.") == "");
  CHECK(Dobs("Please bring a birth certificate by 03/14/2025") == "");
  CHECK(Dobs("DOB\n03/14/2012") == "");
  CHECK(Dobs("birthday party 03/14") == "");
}

TEST_CASE("student IDs: keyword, default shape and configured patterns") {
  StudentIdFinder defaults({});
  auto ids = [&](const StudentIdFinder& f, std::string_view t) {
    return Values(f.Find(t), t);
  };
  CHECK(ids(defaults, "Student ID: 2034871 (grade 4)") == "2034871");
  CHECK(ids(defaults, "student #2034871") == "2034871");
  CHECK(ids(defaults, "SSID is 9081726354") == "9081726354");
  CHECK(ids(defaults, "lunch number 40291") == "40291");
  CHECK(ids(defaults, "Perm ID: PS-204871") == "PS-204871");
  CHECK(ids(defaults, "número de estudiante 2034871") == "2034871");
  CHECK(ids(defaults, "su número de almuerzo es 40291") == "40291");
  CHECK(ids(defaults, "Please bring your student ID card.") == "");
  CHECK(ids(defaults, "student #3 in line") == "");
  CHECK(ids(defaults, "2034871") == "");

  StudentIdFinder district({R"(\bP\d{7}\b)"});
  CHECK(district.errors().empty());
  CHECK(ids(district, "Student ID for Ana is P2034871.") == "P2034871");
  CHECK(ids(district, "Invoice P2034871") == "");
  StudentIdFinder broken({"(unclosed"});
  CHECK(broken.errors().size() == 1);
}

TEST_CASE("credentials: values that look like secrets") {
  CHECK(Creds("Your temporary password is Blue42Sky!") == "Blue42Sky");
  CHECK(Creds("Password: Tiger#22") == "Tiger#22");
  CHECK(Creds("password = s3cr3t") == "s3cr3t");
  CHECK(Creds("su contraseña es Gato2024") == "Gato2024");
  CHECK(Creds("PIN: 4821") == "4821");
  CHECK(Creds("Login: mlopez / Welcome1") == "Welcome1");
  CHECK(Creds("The new password for the portal is: SpringBreak") ==
        "SpringBreak");
  CHECK(Creds("Use the Forgot password link to reset your password.") == "");
  CHECK(Creds("Your password is required to log in.") == "");
  CHECK(Creds("Password: ********") == "");
  CHECK(Creds("password: [redacted]") == "");
  CHECK(Creds("Password: <your password>") == "");
  CHECK(Creds("password is case-sensitive") == "");
  CHECK(Creds("Password reset: https://portal.example.org/reset1") == "");
  CHECK(Creds("The PIN is on the back of the card") == "");
  CHECK(Creds("pin the flyer on the board") == "");
  CHECK(Creds("Login: mlopez@gmail.com") == "");
  CHECK(LooksLikeSecret("Tr0ub4dor"));
  CHECK_FALSE(LooksLikeSecret("Welcome"));
  CHECK_FALSE(LooksLikeSecret("xxxx"));
}

TEST_CASE("API keys and tokens of well-known shapes") {
  CHECK(Tokens("key AKIAQWERTYUIOPASDFGH here") == "AKIAQWERTYUIOPASDFGH");
  CHECK(Tokens("AKIAIOSFODNN7EXAMPLE") == "");  // AWS documentation example
  CHECK(Tokens("ghp_abcdefghijklmnopqrstuvwxyz0123456789") ==
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789");
  CHECK(Tokens("xoxb-1234567890-abcdefghij") == "xoxb-1234567890-abcdefghij");
  CHECK(Tokens("-----BEGIN RSA PRIVATE KEY-----\nMIIE") ==
        "-----BEGIN RSA PRIVATE KEY-----");
  CHECK(Tokens("-----BEGIN PGP PUBLIC KEY BLOCK-----") == "");
  CHECK(Tokens("AIzaSyA1234567890abcdefghijklmnopqrstuv") ==
        "AIzaSyA1234567890abcdefghijklmnopqrstuv");
  CHECK(Tokens("a ghp_ short") == "");
}

}  // namespace maillint::confidentiality
