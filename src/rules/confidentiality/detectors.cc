// SSN, payment card and bank number detectors (detectors.h).
#include "rules/confidentiality/detectors.h"

#include <algorithm>

#include "rules/confidentiality/validators.h"

namespace maillint::confidentiality {
namespace {

// Words that make a number an order, ticket, phone or similar reference.
const RE2& ReferenceKeyword() {
  static const RE2 re(
      R"((?i)\b(order|ticket|case|invoice|inv|ref|reference|confirmation|)"
      R"(conf|tracking|po|claim|incident|req|request|item|part|model|serial|)"
      R"(sku|isbn|imei|fax|tel|phone|cell|zip|pedido|factura|boleto|caso|)"
      R"(tel[eé]fono|celular|n[uú]mero de orden|meeting|conference|webinar|zoom|)"
      R"(position|employee|job|requisition|posting|grant|contract|permit|)"
      R"(license|certificate|policy|member|group|prescription|rx|npi|)"
      R"(medicaid|medicare|patient|p[oó]liza)\b)");
  return re;
}

const RE2& SsnKeyword() {
  static const RE2 re(R"((?i)(\bssns?\b|\bs\.s\.n\b|\bss ?#|\bss ?(no|num)\b|)"
                      R"(social[ -]security|\bsoc\.? ?sec\b|seguro social))");
  return re;
}

const RE2& CardKeyword() {
  static const RE2 re(
      R"((?i)(\b(cards?|credit|debit|visa|master ?card|amex|american express|)"
      R"(discover|cc|cvv2?|cvc|csc|exp|expires|expiry|expiration|tarjeta|)"
      R"(cr[eé]dito|d[eé]bito|vence|vencimiento)\b|)"
      R"(\b(0[1-9]|1[0-2]) ?/ ?(20)?\d\d\b))");
  return re;
}

const RE2& RoutingKeyword() {
  static const RE2 re(R"((?i)\b(routing|aba|rtn|transit|ruta|tr[aá]nsito)\b)");
  return re;
}

const RE2& BankWord() {
  static const RE2 re(
      R"((?i)\b(bank|banking|checking|savings|routing|direct deposit|ach|)"
      R"(wire|banco|bancaria|cheques|ahorros|dep[oó]sito directo)\b)");
  return re;
}

void AddSsn(std::string_view text, const MatchGroups& m,
            std::vector<Detection>& out) {
  size_t begin = OffsetIn(text, m[0]);
  size_t end = begin + m[0].size();
  if (m[2] != m[4] || !StandsAlone(text, begin, end)) return;
  if (!IsValidSsn(DigitsOf(m[0]))) return;
  bool keyword = KeywordNear(SsnKeyword(), text, begin, end, 50, 25);
  bool dashed = m[2] == "-";
  if (!keyword &&
      (!dashed || KeywordNear(ReferenceKeyword(), text, begin, begin, 30, 0))) {
    return;
  }
  out.push_back({begin, end, "Social Security number", keyword});
}

// Group sizes a printed card number uses: 4-4-4-4(-3), 4-4-4-1..4, 4-6-5,
// 4-6-4; `sizes` has at least two groups.
bool CardGrouping(const std::vector<size_t>& sizes) {
  if (sizes.size() == 3 && sizes[0] == 4 && sizes[1] == 6 &&
      (sizes[2] == 5 || sizes[2] == 4)) {
    return true;
  }
  if (sizes.size() < 3) return false;
  for (size_t i = 0; i + 1 < sizes.size(); ++i) {
    if (sizes[i] != 4) return false;
  }
  return sizes.back() >= 1 && sizes.back() <= 4;
}

struct DigitGroup {
  size_t begin;
  size_t end;
};

// Groups [i, j] of a digit run, if they form a card number; sets `grouped`.
bool IsCardSpan(std::string_view text, const std::vector<DigitGroup>& groups,
                size_t i, size_t j, bool* grouped) {
  std::vector<size_t> sizes;
  size_t digits = 0;
  for (size_t k = i; k <= j; ++k) {
    sizes.push_back(groups[k].end - groups[k].begin);
    digits += sizes.back();
    if (k > i && text[groups[k].begin - 1] != text[groups[i + 1].begin - 1]) {
      return false;
    }
  }
  if (digits < 13 || digits > 19) return false;
  *grouped = i != j;
  if (*grouped && !CardGrouping(sizes)) return false;
  return StandsAlone(text, groups[i].begin, groups[j].end);
}

void AddCard(std::string_view text, size_t begin, size_t end, bool grouped,
             std::vector<Detection>& out) {
  std::string digits = DigitsOf(text.substr(begin, end - begin));
  if (!LuhnValid(digits) || IsTestCard(digits) || AllSameDigit(digits)) return;
  std::string network = CardNetwork(digits);
  if (network.empty()) return;
  bool keyword = KeywordNear(CardKeyword(), text, begin, end, 60, 40);
  if (!keyword && (!grouped || KeywordNear(ReferenceKeyword(), text, begin,
                                           begin, 30, 0))) {
    return;
  }
  out.push_back({begin, end, network + " card number", keyword});
}

void ScanDigitRun(std::string_view text, const MatchGroups& m,
                  std::vector<Detection>& out) {
  std::vector<DigitGroup> groups;
  size_t base = OffsetIn(text, m[0]);
  for (size_t k = 0; k < m[0].size();) {
    size_t start = k;
    while (k < m[0].size() && m[0][k] >= '0' && m[0][k] <= '9') ++k;
    groups.push_back({base + start, base + k});
    ++k;  // the separator
  }
  for (size_t i = 0; i < groups.size();) {
    size_t best = groups.size();
    bool best_grouped = false;
    for (size_t j = i; j < groups.size() && j < i + 6; ++j) {
      bool grouped = false;
      if (IsCardSpan(text, groups, i, j, &grouped)) {
        best = j;
        best_grouped = grouped;
      }
    }
    if (best == groups.size()) {
      ++i;
      continue;
    }
    AddCard(text, groups[i].begin, groups[best].end, best_grouped, out);
    i = best + 1;
  }
}

void AddRouting(std::string_view text, const MatchGroups& m,
                std::vector<Detection>& out) {
  size_t begin = OffsetIn(text, m[0]);
  size_t end = begin + m[0].size();
  if (!StandsAlone(text, begin, end) || !IsValidAbaRouting(m[0])) return;
  if (!KeywordNear(RoutingKeyword(), text, begin, end, 40, 20)) return;
  out.push_back({begin, end, "bank routing number", true});
}

void AddAccount(std::string_view text, const MatchGroups& m,
                std::vector<Detection>& out) {
  std::string_view value = m[2];
  while (!value.empty() && (value.back() == ' ' || value.back() == '-')) {
    value.remove_suffix(1);
  }
  size_t begin = OffsetIn(text, value);
  size_t end = begin + value.size();
  std::string digits = DigitsOf(value);
  if (digits.size() < 6 || digits.size() > 17 || AllSameDigit(digits)) return;
  if (!StandsAlone(text, begin, end)) return;
  bool bank_named = RE2::PartialMatch(m[1], BankWord());
  if (!bank_named && !KeywordNear(BankWord(), text, begin, end, 80, 80)) return;
  out.push_back({begin, end, "bank account number", true});
}

}  // namespace

std::vector<Detection> RemoveOverlaps(std::vector<Detection> detections) {
  std::stable_sort(
      detections.begin(), detections.end(),
      [](const Detection& a, const Detection& b) { return a.begin < b.begin; });
  std::vector<Detection> out;
  for (Detection& d : detections) {
    if (!out.empty() && d.begin < out.back().end) continue;
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<Detection> FindSsns(std::string_view text) {
  static const RE2 re(R"((\d{3})([- .]?)(\d{2})([- .]?)(\d{4}))");
  std::vector<Detection> out;
  ForEachMatch(re, text, [&](const MatchGroups& m) { AddSsn(text, m, out); });
  return out;
}

std::vector<Detection> FindPaymentCards(std::string_view text) {
  static const RE2 re(R"(\d+(?:[ -]\d+)*)");
  std::vector<Detection> out;
  ForEachMatch(re, text,
               [&](const MatchGroups& m) { ScanDigitRun(text, m, out); });
  return out;
}

std::vector<Detection> FindBankNumbers(std::string_view text) {
  static const RE2 routing(R"(\d{9})");
  static const RE2 account(
      R"((?i)\b((?:bank|checking|savings)\s+account|account|acct\.?|)"
      R"(cuenta(?:\s+bancaria|\s+de\s+(?:cheques|ahorros))?)\s*)"
      R"((?:number|num|no\.?|#|n[uú]mero|n[º°]\.?)?\s*(?:is|es|:|#|=)?\s*)"
      R"((\d[\d -]{4,22}\d))");
  std::vector<Detection> out;
  ForEachMatch(routing, text,
               [&](const MatchGroups& m) { AddRouting(text, m, out); });
  ForEachMatch(account, text,
               [&](const MatchGroups& m) { AddAccount(text, m, out); });
  return RemoveOverlaps(std::move(out));
}

}  // namespace maillint::confidentiality
