#include "analysis/names.h"

#include <algorithm>

#include "base/fold.h"
#include "base/text.h"
#include "base/vocabulary.h"

namespace maillint {
namespace {

constexpr std::string_view kSuffixes[] = {"jr", "sr",  "ii", "iii",
                                          "iv", "phd", "md", "esq"};
// Service words that are not part of a person's name ("Notifications",
// "Support"); offices and staff roles come from the vocabularies.
constexpr std::string_view kServiceWords[] = {
    "support",       "admin",      "administration", "info",
    "noreply",       "no-reply",   "donotreply",     "services",
    "mailer-daemon", "postmaster", "notifications",  "center"};
constexpr std::string_view kRoleLocalParts[] = {
    "noreply",  "no-reply",      "donotreply", "do-not-reply",
    "info",     "office",        "admin",      "support",
    "helpdesk", "mailer-daemon", "postmaster", "notifications",
    "frontdesk"};

// Short forms staff use for a formal given name (folded).
constexpr std::pair<std::string_view, std::string_view> kShortForms[] = {
    {"bob", "robert"},      {"rob", "robert"},     {"bill", "william"},
    {"will", "william"},    {"liz", "elizabeth"},  {"beth", "elizabeth"},
    {"jim", "james"},       {"mike", "michael"},   {"kate", "katherine"},
    {"katie", "katherine"}, {"tom", "thomas"},     {"dick", "richard"},
    {"rick", "richard"},    {"peggy", "margaret"}, {"maggie", "margaret"},
    {"pepe", "jose"},       {"paco", "francisco"}, {"lupe", "guadalupe"},
    {"chuy", "jesus"},      {"nacho", "ignacio"},  {"tony", "anthony"},
    {"sue", "susan"},       {"jen", "jennifer"},   {"jenny", "jennifer"}};

template <size_t N>
bool Contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

std::string StripDots(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (c != '.' && c != '"' && c != '\'' && c != '(' && c != ')') out += c;
  }
  return out;
}

// "Lopez, Maria" -> "Maria Lopez"; leaves other names alone.
std::string Reorder(std::string_view display) {
  size_t comma = display.find(',');
  if (comma == std::string_view::npos) return std::string(display);
  std::string_view last = Trim(display.substr(0, comma));
  std::string_view first = Trim(display.substr(comma + 1));
  // "Ana Perez, PhD" keeps its order: the part after the comma is a suffix.
  if (Contains(kSuffixes, FoldForMatching(StripDots(first))))
    return std::string(last);
  return std::string(first) + " " + std::string(last);
}

void AddParts(std::string_view word, std::vector<std::string>& parts) {
  std::string folded = FoldForMatching(StripDots(word));
  if (folded.empty()) return;
  parts.push_back(folded);
  if (folded.find('-') != std::string::npos) {
    for (std::string_view piece : Split(folded, '-')) {
      if (!piece.empty()) parts.emplace_back(piece);
    }
  }
}

}  // namespace

bool IsHonorific(std::string_view word) {
  return Vocab().IsEntry(VocabList::kHonorifics, StripDots(word));
}

bool NamesRoleOrOffice(std::string_view text) {
  for (std::string_view w : Split(text, ' ')) {
    std::string folded = FoldForMatching(StripDots(Trim(w)));
    if (Contains(kServiceWords, folded) ||
        Vocab().IsEntry(VocabList::kRoles, folded)) {
      return true;
    }
  }
  return Vocab().Mentions(VocabList::kDepartments, text);
}

PersonName ParsePersonName(std::string_view display, std::string source) {
  PersonName person;
  person.display = std::string(Trim(display));
  person.source = std::move(source);
  if (person.display.find('@') != std::string::npos) return person;
  if (NamesRoleOrOffice(person.display)) return person;
  std::string ordered = Reorder(person.display);
  std::vector<std::string_view> words;
  for (std::string_view w : Split(ordered, ' ')) {
    if (!Trim(w).empty()) words.push_back(Trim(w));
  }
  for (size_t i = 0; i < words.size(); ++i) {
    std::string folded = FoldForMatching(StripDots(words[i]));
    bool last = i + 1 == words.size();
    if ((i == 0 || !last) && IsHonorific(words[i]) && words.size() > 1)
      continue;
    if (last && i > 0 && Contains(kSuffixes, folded)) continue;
    AddParts(words[i], person.parts);
  }
  return person;
}

bool IsRoleMailbox(const Address& address) {
  std::string local =
      AsciiLower(address.address.substr(0, address.address.find('@')));
  if (Contains(kRoleLocalParts, local)) return true;
  return !address.display_name.empty() &&
         ParsePersonName(address.display_name, "").parts.empty();
}

bool TokenMatches(std::string_view token, const PersonName& person) {
  // "Brooks-Johnson" greets Ms. Johnson (a double surname whose one part is
  // the recipient's surname); "Ana-Sofia" is not Ana.
  if (token.find('-') != std::string_view::npos && !person.parts.empty()) {
    for (std::string_view piece : Split(token, '-')) {
      if (piece == person.parts.back()) return true;
    }
  }
  for (const std::string& part : person.parts) {
    if (part == token) return true;
    if (token.size() >= 3 && part.size() > token.size() &&
        StartsWith(part, token))
      return true;
    for (const auto& [short_form, full] : kShortForms) {
      if (token == short_form && part == full) return true;
    }
  }
  return false;
}

}  // namespace maillint
