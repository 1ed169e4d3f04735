#include "mail/html_text.h"

#include <doctest/doctest.h>

namespace maillint {
namespace {

TEST_CASE("HTML renders to text with links and their byte ranges") {
  RenderedHtml r = RenderHtml(
      "<html><head><style>p{}</style><title>t</title></head><body>"
      "<p>Hi&nbsp;Ana,</p><p>See   the <a href=' https://www.pghschools.org/x "
      "'>"
      "enrollment page</a>.<br>Thanks</p><script>var "
      "x;</script></body></html>");
  CHECK(r.text == "Hi Ana,\n\nSee the enrollment page.\nThanks\n");
  REQUIRE(r.links.size() == 1);
  const Link& link = r.links[0];
  CHECK(link.href == "https://www.pghschools.org/x");
  CHECK(link.text == "enrollment page");
  CHECK(link.from_html);
  CHECK(r.text.substr(link.begin, link.end - link.begin) == "enrollment page");
}

TEST_CASE("blockquote lines are prefixed, pre keeps whitespace") {
  RenderedHtml r = RenderHtml(
      "<div>Reply</div><blockquote>old <b>text</b><br>line 2</blockquote>"
      "<pre>a  b\nc</pre>");
  CHECK(r.text == "Reply\n\n> old text\n> line 2\n\na  b\nc\n");
}

TEST_CASE("a link at the start of a quoted line excludes the quote marks") {
  RenderedHtml r =
      RenderHtml("<blockquote><a href='http://x.org'>x.org</a></blockquote>");
  REQUIRE(r.links.size() == 1);
  CHECK(r.text.substr(r.links[0].begin, r.links[0].end - r.links[0].begin) ==
        "x.org");
}

TEST_CASE("broken and deeply nested HTML never fails") {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  deep += "deep";
  CHECK(RenderHtml(deep).text.size() < 100);
  CHECK(RenderHtml("<p>unclosed <a href=x>link").links.size() == 1);
  CHECK(RenderHtml("").text.empty());
}

}  // namespace
}  // namespace maillint
