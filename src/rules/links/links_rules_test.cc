// Unit tests of the links rules on hand-built messages (fixtures with real
// parsed mail are in tests/rules/links/).
#include <doctest/doctest.h>

#include "lint/rule_examples.h"
#include "lint/rule_registry.h"
#include "rules/families.h"

namespace maillint {
namespace {

Config TestConfig() {
  Config c;
  c.organization.domains = {"pghschools.org"};
  c.organization.website = "https://www.pghschools.org";
  return c;
}

// A message whose whole body is new text, with one link over `text`.
Example WithLink(const std::string& body, const std::string& text,
                 const std::string& href, bool html) {
  Example m;
  m.message.body.text = body;
  m.anatomy.segments.push_back(
      Segment{SegmentType::kNewText, 0, body.size(), 0});
  size_t at = body.find(text);
  m.message.links.push_back(Link{href, text, at, at + text.size(), html});
  return m;
}

std::vector<Finding> Run(const std::string& id, const Example& m) {
  Config config = TestConfig();
  RuleRegistry registry;
  AddLinksRules(registry);
  const RuleEntry* entry = registry.Find(id);
  REQUIRE(entry != nullptr);
  RuleContext rc(config, id);
  std::unique_ptr<Rule> rule = entry->factory(rc);
  Analysis analysis(m.message, m.anatomy);
  CheckContext ctx(analysis, config, nullptr);
  rule->Check(ctx);
  return ctx.findings();
}

}  // namespace

TEST_CASE("links.homepage: front page fires, inner and CMS pages do not") {
  auto fire = [](const std::string& url) {
    return Run("links.homepage",
               WithLink("See " + url + " today.", url, url, false))
        .size();
  };
  CHECK(fire("https://www.pghschools.org") == 1);
  CHECK(fire("https://www.pghschools.org/") == 1);
  CHECK(fire("https://www.pghschools.org/index.html") == 1);
  CHECK(fire("https://pghschools.org/Default.aspx") == 1);
  CHECK(fire("https://www.pghschools.org/Page/38") == 0);
  CHECK(fire("https://www.pghschools.org/site/default.aspx?PageID=12") == 0);
  CHECK(fire("https://www.example.com/") == 0);
  CHECK(fire("mailto:office@pghschools.org") == 0);
}

TEST_CASE("links.homepage: links only in the quote are not judged") {
  std::string body = "Thanks!\n> see https://www.pghschools.org/\n";
  Example m = WithLink(body, "https://www.pghschools.org/",
                       "https://www.pghschools.org/", false);
  m.anatomy.segments = {Segment{SegmentType::kNewText, 0, 8, 0},
                        Segment{SegmentType::kQuote, 8, body.size(), 1}};
  CHECK(Run("links.homepage", m).empty());
}

TEST_CASE("links.shortener fires on bit.ly, not on the district site") {
  CHECK(Run("links.shortener",
            WithLink("Form: https://bit.ly/3xYz", "https://bit.ly/3xYz",
                     "https://bit.ly/3xYz", false))
            .size() == 1);
  CHECK(Run("links.shortener",
            WithLink("Form: https://www.pghschools.org/Page/3",
                     "https://www.pghschools.org/Page/3",
                     "https://www.pghschools.org/Page/3", false))
            .empty());
}

TEST_CASE("links.link-text: vague HTML text and plain 'click here:' fire") {
  CHECK(Run("links.link-text",
            WithLink("To apply click here.", "click here",
                     "https://www.pghschools.org/Page/3", true))
            .size() == 1);
  CHECK(Run("links.link-text",
            WithLink("Read the bus route form.", "bus route form",
                     "https://www.pghschools.org/Page/3", true))
            .empty());
  std::string plain =
      "To apply, click here: https://www.pghschools.org/Page/3\n";
  std::string url = "https://www.pghschools.org/Page/3";
  std::vector<Finding> f =
      Run("links.link-text", WithLink(plain, url, url, false));
  REQUIRE(f.size() == 1);
  CHECK(plain.substr(f[0].where.begin, 10) == "click here");
  std::string named = "The bus route form: https://www.pghschools.org/Page/3\n";
  CHECK(Run("links.link-text", WithLink(named, url, url, false)).empty());
}

TEST_CASE("links.mismatch compares the shown host with the target") {
  CHECK(Run("links.mismatch", WithLink("Go to www.pghschools.org/enroll now",
                                       "www.pghschools.org/enroll",
                                       "https://evil.example.com/login", true))
            .size() == 1);
  CHECK(Run("links.mismatch", WithLink("Go to www.pghschools.org/enroll now",
                                       "www.pghschools.org/enroll",
                                       "https://pghschools.org/enroll", true))
            .empty());
  CHECK(Run("links.mismatch",
            WithLink("Go to www.pghschools.org/enroll now",
                     "www.pghschools.org/enroll",
                     "https://nam02.safelinks.protection.outlook.com/"
                     "?url=https%3A%2F%2F"
                     "www.pghschools.org%2Fenroll",
                     true))
            .empty());
}

TEST_CASE("links.insecure flags http:// to the district only") {
  std::string http = "http://www.pghschools.org/Page/3";
  CHECK(Run("links.insecure", WithLink("See " + http, http, http, false))
            .size() == 1);
  std::string other = "http://example.com/x";
  CHECK(Run("links.insecure", WithLink("See " + other, other, other, false))
            .empty());
}

TEST_CASE("links.missing fires without a link and stays silent with one") {
  Example none;
  none.message.body.text = "You can find the calendar on our website.\n";
  none.anatomy.segments = {
      Segment{SegmentType::kNewText, 0, none.message.body.text.size(), 0}};
  std::vector<Finding> f = Run("links.missing", none);
  REQUIRE(f.size() == 1);
  CHECK(none.message.body.text.substr(f[0].where.begin, 6) == "on our");
  Example spanish;
  spanish.message.body.text =
      "Por favor visite nuestro sitio web para m\xC3\xA1s detalles.\n";
  spanish.anatomy.segments = {
      Segment{SegmentType::kNewText, 0, spanish.message.body.text.size(), 0}};
  CHECK(Run("links.missing", spanish).size() == 1);
  std::string url = "https://www.pghschools.org/Page/3";
  CHECK(Run("links.missing",
            WithLink("It is on our website: " + url, url, url, false))
            .empty());
}

}  // namespace maillint
