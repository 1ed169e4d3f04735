#include "rules/links/mismatch.h"

#include <re2/re2.h>

#include "base/text.h"
#include "rules/links/author_links.h"
#include "rules/links/url.h"

namespace maillint {
namespace {

// Visible text that reads as an address: "www.x.org", "https://x.org/a".
const RE2& UrlLikeText() {
  static const RE2 re(
      "(?i)^(https?://)?([a-z0-9-]+\\.)+[a-z]{2,}(:[0-9]+)?(/\\S*)?$");
  return re;
}

std::string WithoutWww(std::string host) {
  return StartsWith(host, "www.") ? host.substr(4) : host;
}

// Same site: equal hosts up to "www.", or one a subdomain of the other.
bool SameSite(const std::string& a, const std::string& b) {
  std::string x = WithoutWww(a);
  std::string y = WithoutWww(b);
  return HostIsUnder(x, y) || HostIsUnder(y, x);
}

}  // namespace

RuleInfo LinkMismatchRule::Info() {
  RuleInfo info;
  info.id = "links.mismatch";
  info.summary = "Link text shows one address but the link goes to another.";
  info.standard = "S4";
  info.default_severity = Severity::kWarning;
  info.doc =
      "When the visible text of a link is an address "
      "(www.pghschools.org/enroll) and "
      "the link itself points to a different host, families cannot trust it "
      "and spam "
      "filters treat it as phishing. Safe Links and URL Defense wrappers are "
      "unwrapped "
      "first, so gateway rewriting is not a mismatch.";
  return info;
}

LinkMismatchRule::LinkMismatchRule(const RuleContext& context) : Rule(Info()) {
  (void)context;
}

void LinkMismatchRule::Check(CheckContext& ctx) const {
  for (const Link* link :
       AuthorLinks(ctx.analysis(), /*include_signature=*/true)) {
    if (!link->from_html) continue;
    std::string text(Trim(link->text));
    if (!RE2::FullMatch(text, UrlLikeText())) continue;
    std::optional<Url> shown = ParseUrl(text);
    std::optional<Url> target = ParseUrl(UnwrapTrackingUrl(link->href));
    if (!shown || !target || target->host.empty()) continue;
    if (SameSite(shown->host, target->host)) continue;
    Report(ctx, Location::Body(link->begin, link->end),
           "link text shows " + shown->host + " but the link goes to " +
               target->host)
        .suggestion = "make the text and the link point to the same page";
  }
}

}  // namespace maillint
