#include "rules/links/url.h"

#include <doctest/doctest.h>

namespace maillint {

TEST_CASE("ParseUrl normalizes host and path") {
  std::optional<Url> u =
      ParseUrl("HTTPS://WWW.PghSchools.org./Page/38?x=1#top");
  REQUIRE(u.has_value());
  CHECK(u->scheme == "https");
  CHECK(u->host == "www.pghschools.org");
  CHECK(u->path == "/Page/38");
  CHECK(u->query == "x=1");
  CHECK(u->segments.size() == 2);
}

TEST_CASE("ParseUrl reads scheme-less hosts and opaque mailto/tel") {
  std::optional<Url> www = ParseUrl("www.pghschools.org/enroll");
  REQUIRE(www.has_value());
  CHECK(www->host == "www.pghschools.org");
  CHECK(www->path == "/enroll");
  std::optional<Url> mail = ParseUrl("mailto:office@pghschools.org");
  REQUIRE(mail.has_value());
  CHECK(mail->scheme == "mailto");
  CHECK(mail->host.empty());
  CHECK_FALSE(ParseUrl("not a url at all").has_value());
}

TEST_CASE("UnwrapTrackingUrl removes Safe Links and URL Defense") {
  CHECK(
      UnwrapTrackingUrl("https://nam02.safelinks.protection.outlook.com/"
                        "?url=https%3A%2F%2Fwww."
                        "pghschools.org%2FPage%2F38&data=05%7C01&reserved=0") ==
      "https://www.pghschools.org/Page/38");
  CHECK(UnwrapTrackingUrl(
            "https://urldefense.proofpoint.com/v2/url?u=https-3A__www."
            "pghschools.org_enroll&d=DwMF&c=x") ==
        "https://www.pghschools.org/enroll");
  CHECK(UnwrapTrackingUrl(
            "https://urldefense.com/v3/__https://www.pghschools.org/"
            "Page/1__;!!abc$") == "https://www.pghschools.org/Page/1");
  CHECK(UnwrapTrackingUrl("https://example.org/?url=x") ==
        "https://example.org/?url=x");
}

TEST_CASE("HostIsUnder matches subdomains only at a dot") {
  CHECK(HostIsUnder("www.pghschools.org", "pghschools.org"));
  CHECK(HostIsUnder("pghschools.org", "pghschools.org"));
  CHECK_FALSE(HostIsUnder("notpghschools.org", "pghschools.org"));
}

}  // namespace maillint
