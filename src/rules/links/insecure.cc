#include "rules/links/insecure.h"

#include "base/text.h"
#include "rules/links/author_links.h"
#include "rules/links/url.h"

namespace maillint {

RuleInfo InsecureRule::Info() {
  RuleInfo info;
  info.id = "links.insecure";
  info.summary = "An http:// link to a district site that serves https.";
  info.standard = "S4";
  info.default_severity = Severity::kInfo;
  info.doc =
      "A plain http:// link to an organization domain sends families over an "
      "unencrypted connection (and through a redirect) when the site serves "
      "https. "
      "The organization is taken to serve https when `organization.website` "
      "starts "
      "with https://. Bare `www.` links are not flagged: mail clients choose "
      "the scheme.";
  return info;
}

InsecureRule::InsecureRule(const RuleContext& context) : Rule(Info()) {
  (void)context;
}

void InsecureRule::Check(CheckContext& ctx) const {
  const Config& config = ctx.config();
  if (!StartsWith(AsciiLower(config.organization.website), "https://")) return;
  for (const Link* link :
       AuthorLinks(ctx.analysis(), /*include_signature=*/true)) {
    if (!StartsWith(AsciiLower(link->href), "http://")) continue;
    std::optional<Url> url = ParseUrl(link->href);
    if (!url || !config.IsInternalDomain(url->host)) continue;
    Finding& f =
        Report(ctx, Location::Body(link->begin, link->end),
               "http:// link to " + url->host + ", which serves https");
    f.suggestion = "https://" + link->href.substr(7);
  }
}

}  // namespace maillint
