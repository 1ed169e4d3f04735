#include "mail/text_links.h"

#include <doctest/doctest.h>

namespace maillint {
namespace {

TEST_CASE("bare URLs and www. hosts in plain text") {
  std::string text =
      "Visit https://www.pghschools.org/enroll. Or www.example.com/a_(b), "
      "(see http://x.org/p?q=1).";
  std::vector<Link> links = FindTextLinks(text, {});
  REQUIRE(links.size() == 3);
  CHECK(links[0].href == "https://www.pghschools.org/enroll");
  CHECK(links[1].href == "www.example.com/a_(b)");
  CHECK(links[2].href == "http://x.org/p?q=1");
  for (const Link& l : links) {
    CHECK(text.substr(l.begin, l.end - l.begin) == l.href);
    CHECK(l.text == l.href);
    CHECK_FALSE(l.from_html);
  }
}

TEST_CASE("links already known are skipped; plain words are not links") {
  std::string text = "go to https://a.org now";
  Link known;
  known.begin = 6;
  known.end = 19;
  CHECK(FindTextLinks(text, {known}).empty());
  CHECK(FindTextLinks("the www is big; http:// alone", {}).empty());
}

}  // namespace
}  // namespace maillint
