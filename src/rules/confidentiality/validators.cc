#include "rules/confidentiality/validators.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace maillint::confidentiality {
namespace {

int Prefix(std::string_view digits, size_t n) {
  if (digits.size() < n) return -1;
  return std::stoi(std::string(digits.substr(0, n)));
}

bool LengthIn(std::string_view digits, size_t low, size_t high) {
  return digits.size() >= low && digits.size() <= high;
}

struct Network {
  const char* name;
  int prefix_digits;
  int low;
  int high;
  size_t min_length;
  size_t max_length;
};

// Issuer identification ranges (ISO/IEC 7812 as published by the networks).
constexpr std::array<Network, 17> kNetworks = {{
    {"American Express", 2, 34, 34, 15, 15},
    {"American Express", 2, 37, 37, 15, 15},
    {"Visa", 1, 4, 4, 13, 19},
    {"Mastercard", 2, 51, 55, 16, 16},
    {"Mastercard", 4, 2221, 2720, 16, 16},
    {"Discover", 4, 6011, 6011, 16, 19},
    {"Discover", 3, 644, 649, 16, 19},
    {"Discover", 2, 65, 65, 16, 19},
    {"Diners Club", 3, 300, 305, 14, 19},
    {"Diners Club", 2, 36, 36, 14, 19},
    {"Diners Club", 2, 38, 39, 14, 19},
    {"JCB", 4, 3528, 3589, 16, 19},
    {"JCB", 4, 2131, 2131, 15, 15},
    {"JCB", 4, 1800, 1800, 15, 15},
    {"UnionPay", 2, 62, 62, 16, 19},
    {"Maestro", 2, 50, 50, 13, 19},
    {"Maestro", 2, 56, 69, 13, 19},
}};

}  // namespace

std::string DigitsOf(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) out += c;
  }
  return out;
}

bool AllSameDigit(std::string_view digits) {
  return !digits.empty() &&
         std::all_of(digits.begin(), digits.end(),
                     [&](char c) { return c == digits.front(); });
}

bool IsSampleSsn(std::string_view digits) {
  static constexpr std::array<std::string_view, 7> kSamples = {
      "078051120", "219099999", "123456789", "987654321",
      "111223333", "457555462", "001010001"};
  return std::find(kSamples.begin(), kSamples.end(), digits) != kSamples.end();
}

bool IsValidSsn(std::string_view digits) {
  if (digits.size() != 9 ||
      !std::all_of(digits.begin(), digits.end(),
                   [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  int area = Prefix(digits, 3);
  if (area == 0 || area == 666 || area >= 900) return false;
  if (digits.substr(3, 2) == "00" || digits.substr(5, 4) == "0000")
    return false;
  if (AllSameDigit(digits)) return false;
  return !IsSampleSsn(digits);
}

bool LuhnValid(std::string_view digits) {
  if (digits.size() < 2) return false;
  int sum = 0;
  bool twice = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (*it < '0' || *it > '9') return false;
    int d = *it - '0';
    if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

std::string CardNetwork(std::string_view digits) {
  if (!LengthIn(digits, 13, 19)) return "";
  for (const Network& n : kNetworks) {
    int prefix = Prefix(digits, static_cast<size_t>(n.prefix_digits));
    if (prefix >= n.low && prefix <= n.high &&
        LengthIn(digits, n.min_length, n.max_length)) {
      return n.name;
    }
  }
  return "";
}

bool IsTestCard(std::string_view digits) {
  static constexpr std::array<std::string_view, 12> kTestCards = {
      "4111111111111111", "4242424242424242", "4012888888881881",
      "4222222222222",    "5555555555554444", "5105105105105100",
      "378282246310005",  "371449635398431",  "6011111111111117",
      "6011000990139424", "30569309025904",   "3530111333300000"};
  return std::find(kTestCards.begin(), kTestCards.end(), digits) !=
         kTestCards.end();
}

bool IsValidAbaRouting(std::string_view digits) {
  if (digits.size() != 9 ||
      !std::all_of(digits.begin(), digits.end(),
                   [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  int prefix = Prefix(digits, 2);
  bool federal_reserve = prefix <= 12 || (prefix >= 21 && prefix <= 32) ||
                         (prefix >= 61 && prefix <= 72) || prefix == 80;
  if (!federal_reserve || AllSameDigit(digits)) return false;
  auto d = [&](int i) { return digits[static_cast<size_t>(i)] - '0'; };
  int sum = 3 * (d(0) + d(3) + d(6)) + 7 * (d(1) + d(4) + d(7)) +
            (d(2) + d(5) + d(8));
  return sum % 10 == 0;
}

}  // namespace maillint::confidentiality
