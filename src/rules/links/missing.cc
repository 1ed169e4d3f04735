#include "rules/links/missing.h"

#include <re2/re2.h>

#include "rules/links/author_links.h"

namespace maillint {
namespace {

// Phrases that point the reader at a web page (English and Spanish).
const RE2& WebsiteMention() {
  static const RE2 re(
      "(?i)\\b("
      "(?:see|visit|check(?: out)?|go to|look at|find (?:it|them|this) on|"
      "available on|posted on|on|at)\\s+(?:our|the district'?s?|the school'?s?|"
      "the district|the school)\\s+(?:web ?site|web page|site|homepage|portal)"
      "|the (?:link|url) below|the following link|click (?:on )?the link"
      "|(?:visite|consulte|vea|revise)\\s+(?:nuestro|nuestra|el|la)\\s+"
      "(?:sitio|p\xC3\xA1gina)(?: web)?"
      "|el enlace (?:de abajo|a continuaci\xC3\xB3n|siguiente)"
      ")\\b");
  return re;
}

}  // namespace

RuleInfo MissingLinkRule::Info() {
  RuleInfo info;
  info.id = "links.missing";
  info.summary =
      "The reply points to the website or \"the link below\" but has no link.";
  info.standard = "S4";
  info.default_severity = Severity::kWarning;
  info.doc =
      "\"Please see our website\" sends a family searching; \"the link below\" "
      "with no "
      "link is a broken promise. Fires on such phrases (English and Spanish) "
      "in the "
      "author's own text when the reply contains no link at all (the "
      "signature's links "
      "count as links).";
  return info;
}

MissingLinkRule::MissingLinkRule(const RuleContext& context) : Rule(Info()) {
  (void)context;
}

void MissingLinkRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  if (!AuthorLinks(ctx.analysis(), /*include_signature=*/true).empty()) return;
  for (const Segment& s : ctx.anatomy().segments) {
    if (!InAuthorText(ctx.analysis(), s.begin, /*include_signature=*/false))
      continue;
    re2::StringPiece text(m.body.text.data() + s.begin, s.end - s.begin);
    re2::StringPiece match;
    while (RE2::FindAndConsume(&text, WebsiteMention(), &match)) {
      size_t begin = static_cast<size_t>(match.data() - m.body.text.data());
      Report(ctx, Location::Body(begin, begin + match.size()),
             "\"" + std::string(match) + "\" but the reply has no link")
          .suggestion = "add the address of the exact page";
    }
  }
}

}  // namespace maillint
