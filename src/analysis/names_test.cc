// The name matcher on greeting/recipient pairs, match and mismatch.
#include "analysis/names.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "rules/greeting/salutation.h"

namespace maillint {
namespace {

// True when every name in `greeting` matches one of `recipients`.
bool Greets(const std::string& greeting,
            const std::vector<std::string>& recipients) {
  std::optional<Salutation> s = ParseSalutation(greeting, 0);
  REQUIRE_MESSAGE(s.has_value(), greeting);
  std::vector<PersonName> people;
  for (const std::string& r : recipients)
    people.push_back(ParsePersonName(r, "To"));
  return std::all_of(s->names.begin(), s->names.end(), [&](const NameToken& t) {
    return std::any_of(people.begin(), people.end(), [&](const PersonName& p) {
      return TokenMatches(t.folded, p);
    });
  });
}

struct Pair {
  const char* greeting;
  const char* recipient;
  bool match;
};

constexpr Pair kPairs[] = {
    {"Hi María,", "Lopez, Maria", true},
    {"Hi Maria,", "María López", true},
    {"Dear Ms. Lopez,", "Lopez, Maria", true},
    {"Dear Mrs. López:", "Maria Lopez", true},
    {"Dear Dr. Nguyen,", "Dr. Nguyen", true},
    {"Dear Dr. Nguyen,", "Ana Nguyen", true},
    {"Hello Mr. Smith,", "John Smith Jr.", true},
    {"Hi John,", "John Smith Jr.", true},
    {"Hola Sra. García,", "Carmen García", true},
    {"Hola Carmen:", "GARCIA, CARMEN", true},
    {"Estimado Sr. Pérez,", "Luis Perez", true},
    {"Hi Ana-Sofia,", "Ana-Sofia Ruiz", true},
    {"Hi Ana,", "Ana-Sofia Ruiz", true},
    {"Dear Ms. Ruiz-Vega,", "Ana Ruiz-Vega", true},
    {"Dear Ms. Vega,", "Ana Ruiz-Vega", true},
    {"Hola María José,", "María José Fernández", true},
    {"Hi Bob,", "Robert Chen", true},
    {"Hi Alex,", "Alexander Green", true},
    {"Hi Chris,", "Christopher Lee", true},
    {"Dear Mr. and Mrs. Perez,", "Luis Perez", true},
    {"Good morning Dr. Okafor,", "Chidi Okafor, PhD", true},
    {"Hi Van,", "Nguyen Van An", true},
    {"Dear Jean-Luc,", "Jean-Luc Picard", true},
    {"Hi JOSE,", "José Hernández", true},
    {"Bonjour Mme Dubois,", "Claire Dubois", true},
    {"Hallo Herr Müller,", "Thomas Mueller-Müller", true},
    {"Hi Maria,", "Ana Lopez", false},
    {"Dear Ms. Smith,", "Maria Lopez", false},
    {"Hi Luis,", "Lopez, Maria", false},
    {"Hola Carmen,", "Rosa García", false},
    {"Dear Dr. Nguyen,", "Tran Le", false},
    {"Hi Bob,", "Roberta Chen", false},
    {"Hi Jon,", "Jane Doe", false},
    {"Dear Mrs. Perez,", "Ana Ramirez", false},
    {"Hi Ana-Sofia,", "Ana Ruiz", false},
    {"Hello Mr. Green,", "Alexander Greenberg", true},
    {"Hi Sam,", "Maria Lopez", false},
    {"Estimada Sra. Ruiz,", "Carmen García", false},
    {"Hi Jane,", "John Smith", false},
    {"Dear Ms. Kim,", "Min-jun Park", false},
};

}  // namespace

TEST_CASE("greeting name matcher: 40 greeting/recipient pairs") {
  int checked = 0;
  for (const Pair& p : kPairs) {
    CAPTURE(p.greeting);
    CAPTURE(p.recipient);
    CHECK(Greets(p.greeting, {p.recipient}) == p.match);
    ++checked;
  }
  CHECK(checked >= 40);
}

TEST_CASE("several recipients: every greeted name must be one of them") {
  CHECK(Greets("Hi Ana and Luis,", {"Ana Perez", "Luis Perez"}));
  CHECK(Greets("Hola Ana y Luis:", {"Ana Perez", "Luis Perez"}));
  CHECK(Greets("Dear Ana and Luis Perez,", {"Ana Perez", "Luis Perez"}));
  CHECK_FALSE(Greets("Hi Ana and Marco,", {"Ana Perez", "Luis Perez"}));
}

TEST_CASE("role mailboxes and addresses give no name") {
  CHECK(ParsePersonName("Front Office", "To").parts.empty());
  CHECK(ParsePersonName("Transportation Department", "To").parts.empty());
  CHECK(ParsePersonName("parent@example.com", "To").parts.empty());
  CHECK(IsRoleMailbox(Address{"", "noreply@pghschools.org"}));
  CHECK_FALSE(IsRoleMailbox(Address{"Maria Lopez", "mlopez@example.com"}));
}

TEST_CASE("salutations: generic, nameless and named") {
  CHECK(ParseSalutation("To whom it may concern,", 0)->generic ==
        "To whom it may concern");
  CHECK_FALSE(ParseSalutation("Dear Parent/Guardian,", 0)->generic.empty());
  CHECK_FALSE(ParseSalutation("Hi there!", 0)->generic.empty());
  CHECK(ParseSalutation("Hello,", 0)->no_name);
  CHECK(ParseSalutation("Buenos días,", 0)->no_name);
  CHECK(ParseSalutation("Hi Ana,", 0)->names.size() == 1);
  CHECK_FALSE(
      ParseSalutation("Thanks for your note about the bus.", 0).has_value());
  CHECK_FALSE(
      ParseSalutation("Hi, I checked the schedule and the bus comes at 7.", 0)
          .has_value());
}

}  // namespace maillint
