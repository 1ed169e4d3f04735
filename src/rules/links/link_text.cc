#include "rules/links/link_text.h"

#include <re2/re2.h>

#include "base/text.h"
#include "rules/links/author_links.h"

namespace maillint {
namespace {

// Whole visible texts of an HTML link that say nothing about its target.
const RE2& VagueHtmlText() {
  static const RE2 re(
      "(?i)^(click here|click|here|this link|link|read more|more|learn "
      "more|this|"
      "haga clic aqu\xC3\xAD|clic aqu\xC3\xAD|aqu\xC3\xAD|este "
      "enlace|m\xC3\xA1s)[.:!]?$");
  return re;
}

// In plain text: a vague phrase right before the URL ("click here: https://").
const RE2& VaguePlainPrefix() {
  static const RE2 re(
      "(?i)(click here|this link|read more|haga clic aqu\xC3\xAD|clic "
      "aqu\xC3\xAD)"
      "\\s*[:\\-]?\\s*$");
  return re;
}

// How far before a plain-text URL the phrase may start (same or previous line).
constexpr size_t kPrefixWindow = 40;

}  // namespace

RuleInfo LinkTextRule::Info() {
  RuleInfo info;
  info.id = "links.link-text";
  info.summary =
      "Link text such as \"click here\" does not say where the link goes.";
  info.standard = "S4";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Screen-reader users and skimming readers rely on link text to know "
      "where a "
      "link leads (WCAG 2.4.4, link purpose). Fires on HTML links whose whole "
      "text is "
      "\"click here\", \"here\", \"this link\", \"read more\" (and Spanish "
      "equivalents), "
      "and on plain text where \"click here\" or \"this link\" directly "
      "precedes the URL.";
  return info;
}

LinkTextRule::LinkTextRule(const RuleContext& context) : Rule(Info()) {
  (void)context;
}

void LinkTextRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  for (const Link* link :
       AuthorLinks(ctx.analysis(), /*include_signature=*/false)) {
    if (link->from_html) {
      std::string text(Trim(link->text));
      if (!RE2::FullMatch(text, VagueHtmlText())) continue;
      Report(ctx, Location::Body(link->begin, link->end),
             "link text \"" + text + "\" does not say where the link goes")
          .suggestion =
          "use the page's name as the link text, e.g. \"the bus route form\"";
      continue;
    }
    size_t start =
        link->begin > kPrefixWindow ? link->begin - kPrefixWindow : 0;
    re2::StringPiece before(m.body.text.data() + start, link->begin - start);
    re2::StringPiece phrase;
    if (!RE2::PartialMatch(before, VaguePlainPrefix(), &phrase)) continue;
    size_t phrase_begin =
        static_cast<size_t>(phrase.data() - m.body.text.data());
    Report(ctx, Location::Body(phrase_begin, phrase_begin + phrase.size()),
           "\"" + std::string(phrase) + "\" does not say where the link goes")
        .suggestion =
        "name the page before the address, e.g. \"The bus route form: "
        "https://...\"";
  }
}

}  // namespace maillint
