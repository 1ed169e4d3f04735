#include "mail/flowed.h"

#include <doctest/doctest.h>

namespace maillint {
namespace {

TEST_CASE("format=flowed joins soft lines") {
  CHECK(JoinFlowed("Thank you for \nwriting to us.\n\nBest,\n", false) ==
        "Thank you for writing to us.\n\nBest,\n");
}

TEST_CASE("DelSp=yes removes the soft-break space") {
  CHECK(JoinFlowed("Super\xe3\x81 \ncalifragilistic\n", true) ==
        "Super\xe3\x81"
        "califragilistic\n");
}

TEST_CASE("quote depth, space stuffing and the signature separator") {
  CHECK(JoinFlowed("> one \n> two\n>> deep\n From me\n-- \nAna\n", false) ==
        "> one two\n>> deep\nFrom me\n-- \nAna\n");
  CHECK(JoinFlowed("a \n> b\n", false) == "a \n> b\n");
}

}  // namespace
}  // namespace maillint
