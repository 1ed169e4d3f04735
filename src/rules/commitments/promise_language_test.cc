#include "rules/commitments/promise_language.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace maillint::commitments {
namespace {

std::vector<std::string> Promises(std::string_view text) {
  std::vector<std::string> out;
  for (const Promise& p : FindPromises(text)) {
    out.emplace_back(text.substr(p.begin, p.end - p.begin));
  }
  return out;
}

TEST_CASE("promises: words in between, other people, wrapped lines") {
  CHECK(Promises("I will look into this and get back to you.") ==
        std::vector<std::string>{"I will look into"});
  CHECK(Promises("The registrar will\ncontact you.") ==
        std::vector<std::string>{"registrar will\ncontact you"});
  CHECK(Promises("Someone from transportation will call you.") ==
        std::vector<std::string>{"transportation will call you"});
  CHECK(Promises("We'll keep you posted.") ==
        std::vector<std::string>{"We'll keep you posted"});
  CHECK(Promises("You will hear from us.") ==
        std::vector<std::string>{"You will hear from us"});
}

TEST_CASE("promises: not the writer's, negated, or no follow-up") {
  CHECK(Promises("You will need to bring a birth certificate.").empty());
  CHECK(Promises("The bus will pick up students at the corner.").empty());
  CHECK(Promises("I will not be able to call you.").empty());
  CHECK(Promises("It will let you know when the bus is late.").empty());
  CHECK(Promises("Seller shall respond to all claims.").empty());
  CHECK(Promises("Le aviso que la escuela cierra.").empty());
}

TEST_CASE("promises in Spanish, French, Portuguese and Vietnamese") {
  CHECK(Promises("Le avisaré pronto.") ==
        std::vector<std::string>{"Le avisaré"});
  CHECK(Promises("Me pondré en contacto con usted.").size() == 1);
  CHECK(Promises("Je reviendrai vers vous.").size() == 1);
  CHECK(Promises("Nous vous tiendrons au courant.").size() == 1);
  CHECK(Promises("Vou lhe retornar.").size() == 1);
  CHECK(Promises("Entraremos em contato.").size() == 1);
  CHECK(Promises("Tôi sẽ liên lạc lại với chị.").size() == 1);
}

TEST_CASE("time frames and their vague stand-ins") {
  CHECK(HasTimeFrame("I will call you by Friday."));
  CHECK(HasTimeFrame("within two school days"));
  CHECK(HasTimeFrame("by the end of the week"));
  CHECK(HasTimeFrame("at 4:45 p.m."));
  CHECK(HasTimeFrame("dentro de tres días"));
  CHECK(HasTimeFrame("d'ici vendredi"));
  CHECK(HasTimeFrame("até sexta-feira"));
  CHECK(HasTimeFrame("trong vòng 2 ngày"));
  CHECK_FALSE(HasTimeFrame("as soon as possible"));
  CHECK_FALSE(HasTimeFrame("I will look into this shortly."));
  CHECK_FALSE(HasTimeFrame("lo antes posible"));
  CHECK(VagueTimeFrame("I will respond as soon as possible.") ==
        "as soon as possible");
  CHECK(VagueTimeFrame("Je reviendrai vers vous dès que possible.") ==
        "dès que possible");
  CHECK(VagueTimeFrame("by Friday").empty());
}

TEST_CASE("a promise's clause and its back-references") {
  std::string_view text = "I am out this week, and I will respond soon.";
  std::vector<Promise> p = FindPromises(text);
  REQUIRE(p.size() == 1);
  auto [b, e] = ClauseAround(text, 0, text.size(), p[0]);
  CHECK(text.substr(b, e - b) == "I will respond soon.");
  CHECK(RefersToEarlierTime("and I will reply when I return that day"));
  CHECK(RefersToEarlierTime("et je vous répondrai à mon retour"));
  CHECK(RefersToEarlierTime("je vous répondrai ce jour-là."));
  CHECK_FALSE(RefersToEarlierTime("and I will reply soon"));
}

}  // namespace
}  // namespace maillint::commitments
