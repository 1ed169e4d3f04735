#include "mail/address_parser.h"

#include <doctest/doctest.h>

namespace maillint {
namespace {

TEST_CASE("display names including \"Last, First\"") {
  std::vector<Address> list = ParseAddressList(
      "\"Doe, Jane\" <jane@pghschools.org>, Bob Smith <bob@example.com>, "
      "carol@example.com");
  REQUIRE(list.size() == 3);
  CHECK(list[0].display_name == "Doe, Jane");
  CHECK(list[0].address == "jane@pghschools.org");
  CHECK(list[1].display_name == "Bob Smith");
  CHECK(list[2].display_name.empty());
  CHECK(list[2].address == "carol@example.com");
}

TEST_CASE("unquoted Last, First (a common sender bug) stays one address") {
  std::vector<Address> list = ParseAddressList("Doe, Jane <jane@x.org>");
  REQUIRE(list.size() == 1);
  CHECK(list[0].display_name == "Doe, Jane");
  CHECK(list[0].address == "jane@x.org");
}

TEST_CASE("encoded names, including adjacent base64 words") {
  std::vector<Address> list = ParseAddressList(
      "=?UTF-8?B?w6k=?==?UTF-8?B?w6k=?= <e@x.org>, "
      "=?ISO-8859-1?Q?Mu=F1oz=2C_Ana?= <ana@x.org>");
  REQUIRE(list.size() == 2);
  CHECK(list[0].display_name == "éé");
  CHECK(list[1].display_name == "Muñoz, Ana");
  CHECK(list[1].address == "ana@x.org");
}

TEST_CASE("raw 8-bit names, groups, folded input, a bare word") {
  CHECK(ParseAddressList("Jos\xe9 <j@x.org>")[0].display_name == "José");
  std::vector<Address> group =
      ParseAddressList("Team: a@x.org, B <b@x.org>;, c@x.org");
  REQUIRE(group.size() == 3);
  CHECK(group[1].display_name == "B");
  CHECK(ParseAddressList("undisclosed-recipients:;").empty());
  CHECK(ParseAddressList("A\r\n <a@x.org>")[0].address == "a@x.org");
  std::vector<Address> word = ParseAddressList("Whomever");
  REQUIRE(word.size() == 1);
  CHECK(word[0].display_name == "Whomever");
  CHECK(word[0].address.empty());
  CHECK(ParseAddressList("  ").empty());
}

}  // namespace
}  // namespace maillint
