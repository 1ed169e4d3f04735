#include "rules/links/shortener.h"

#include <algorithm>

#include "rules/links/author_links.h"
#include "rules/links/url.h"

namespace maillint {

// Common public shorteners; districts can add their own (option `Hosts`).
static const std::vector<std::string> kShortenerHosts = {
    "bit.ly",  "bitly.com", "tinyurl.com", "t.co",    "goo.gl",      "ow.ly",
    "is.gd",   "buff.ly",   "rebrand.ly",  "cutt.ly", "shorturl.at", "tiny.cc",
    "bit.do",  "lnkd.in",   "rb.gy",       "s.id",    "v.gd",        "t.ly",
    "qrco.de", "short.io",  "tiny.one"};

RuleInfo ShortenerRule::Info() {
  RuleInfo info;
  info.id = "links.shortener";
  info.summary = "A shortened link hides where a family will land.";
  info.standard = "S4";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Shortened links (bit.ly, tinyurl.com, ...) hide the destination, look "
      "like "
      "phishing and break when the service expires them. Link the full address "
      "of the "
      "page instead. Option `Hosts` adds shortener hosts to the built-in list.";
  return info;
}

ShortenerRule::ShortenerRule(const RuleContext& context)
    : Rule(Info()), hosts_(kShortenerHosts) {
  for (const std::string& h : context.GetList("Hosts", {})) hosts_.push_back(h);
}

void ShortenerRule::Check(CheckContext& ctx) const {
  for (const Link* link :
       AuthorLinks(ctx.analysis(), /*include_signature=*/true)) {
    std::optional<Url> url = ParseUrl(UnwrapTrackingUrl(link->href));
    if (!url || url->host.empty()) continue;
    bool shortened = std::any_of(
        hosts_.begin(), hosts_.end(),
        [&](const std::string& h) { return HostIsUnder(url->host, h); });
    if (!shortened) continue;
    Finding& f = Report(
        ctx, Location::Body(link->begin, link->end),
        "shortened link (" + url->host + ") hides where the family will land");
    f.suggestion = "use the full address of the page";
  }
}

}  // namespace maillint
