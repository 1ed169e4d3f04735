#include "rules/links/homepage.h"

#include <algorithm>

#include "base/text.h"
#include "rules/links/author_links.h"
#include "rules/links/url.h"

namespace maillint {
namespace {

// File names that serve a site's or folder's front page.
bool IsIndexFile(std::string_view name) {
  static constexpr std::string_view kStems[] = {"index", "default", "home",
                                                "main"};
  size_t dot = name.find('.');
  std::string_view stem = name.substr(0, dot);
  return std::find(std::begin(kStems), std::end(kStems), stem) !=
             std::end(kStems) &&
         (dot == std::string_view::npos || name.size() - dot <= 6);
}

}  // namespace

RuleInfo HomepageRule::Info() {
  RuleInfo info;
  info.id = "links.homepage";
  info.summary =
      "A link to the district's home page instead of the page that answers the "
      "question.";
  info.standard = "S4";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Families asked a specific question; a link to the front page makes them "
      "hunt. "
      "Links to an organization domain whose path is empty, `/`, an index or "
      "default "
      "page, or a configured landing page (option `LandingPages`) fire. Inner "
      "pages, "
      "including CMS pages such as `/Page/38`, and mailto:/tel: links do not.";
  return info;
}

HomepageRule::HomepageRule(const RuleContext& context) : Rule(Info()) {
  for (const std::string& p : context.GetList("LandingPages", {})) {
    std::string lower = AsciiLower(p);
    while (lower.size() > 1 && lower.back() == '/') lower.pop_back();
    landing_pages_.push_back(lower);
  }
}

bool HomepageRule::IsGenericPage(const std::string& path,
                                 const std::string& query) const {
  std::string lower = AsciiLower(path);
  while (!lower.empty() && lower.back() == '/') lower.pop_back();
  if (lower.empty()) return query.empty();
  if (std::find(landing_pages_.begin(), landing_pages_.end(), lower) !=
      landing_pages_.end()) {
    return true;
  }
  // "/index.html" or "/default.aspx" with no query selecting a page.
  bool one_segment = lower.find('/', 1) == std::string::npos;
  return one_segment && query.empty() && IsIndexFile(lower.substr(1));
}

void HomepageRule::Check(CheckContext& ctx) const {
  for (const Link* link :
       AuthorLinks(ctx.analysis(), /*include_signature=*/false)) {
    std::optional<Url> url = ParseUrl(UnwrapTrackingUrl(link->href));
    if (!url || url->host.empty()) continue;  // mailto:, tel:, junk
    bool internal = ctx.config().IsInternalDomain(url->host);
    if (!internal || !IsGenericPage(url->path, url->query)) continue;
    Finding& f = Report(ctx, Location::Body(link->begin, link->end),
                        "link to the home page " + url->host +
                            " instead of the page that answers the question");
    f.suggestion =
        "open the page that answers the question and link its address (a deep "
        "link "
        "such as https://" +
        url->host + "/Page/38), not the front page";
  }
}

}  // namespace maillint
