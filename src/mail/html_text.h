// Rendering an HTML body to plain text with gumbo (HTML5 parsing), keeping
// the links.
//
// Rendering: whitespace collapsed as a browser would; <br> is a line break;
// block elements (p, div, li, tr, headings, ...) start new lines and
// paragraphs/headings are followed by a blank line; <pre> keeps its
// whitespace; each <blockquote> level prefixes its lines with "> " so the
// plain-text quote logic sees quotes; table cells are separated by a space;
// script, style, head and template content is dropped; U+00A0 becomes a
// space. Each <a href> gives a Link whose [begin, end) is the byte range of
// its visible text in the rendered text.
//
// Quote marks: while rendering, the text offset where a quote container
// opens is recorded as a QuoteMark (mail/message.h): a <blockquote> not
// styled "border:none", Gmail `gmail_quote` (not `gmail_quote_container`)
// and `gmail_extra_quote`, Thunderbird `moz-cite-prefix`, Yahoo
// `yahoo_quoted`, Outlook `divRplyFwdMsg`, `appendonsend`,
// `OLK_SRC_BODY_SECTION`, Hotmail `stopSpelling`, a <div> with
// `border-top: solid`, and each <hr>. Recording stops at the first
// container (everything after it is inside or below it); <hr>s before it
// are kept, up to kMaxHtmlRuleMarks. The renderer only records; the anatomy
// decides what is quoted.
//
// Size: gumbo builds a full HTML5 tree at 20-30 MB/s. Only the first
// kMaxHtmlParseBytes (up to the next tag) are parsed that way; the rest is
// rendered by a forward scan of tags and text with the same rules, which
// gives the same text for well-formed markup (html_text_test.cc compares
// the two). Gmail clips messages at 102 KB of HTML, so what a reader sees
// is parsed in full.
//
// Never fails (gumbo accepts any input). Thread-safe.
#ifndef MAILLINT_SRC_MAIL_HTML_TEXT_H_
#define MAILLINT_SRC_MAIL_HTML_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "mail/message.h"

namespace maillint {

struct RenderedHtml {
  std::string text;         // UTF-8, '\n' line endings, no trailing blank lines
  std::vector<Link> links;  // from_html = true, in document order
  std::vector<QuoteMark> quote_marks;  // in text order, offsets <= text.size()
};

inline constexpr size_t kMaxHtmlParseBytes = 256 << 10;
// <hr> marks kept before the first container: a hostile body of many rules
// costs no more than this.
inline constexpr size_t kMaxHtmlRuleMarks = 32;

// `html` must be UTF-8. `max_parse_bytes` is for tests.
RenderedHtml RenderHtml(std::string_view html,
                        size_t max_parse_bytes = kMaxHtmlParseBytes);

// How RenderHtml divides `html`: [0, tree_end) is parsed as a tree,
// [stream_begin, end) is stream-rendered, and what lies between renders to
// nothing: a comment, unfinished tag or dropped element (<style>, <title>,
// ...) that reaches past the limit, up to its end. When the HTML is not
// over `max_parse_bytes`, both are html.size(); else the split is at the
// first tag start at or after the limit, or at such a construct.
struct HtmlSplit {
  size_t tree_end;
  size_t stream_begin;
};
HtmlSplit SplitHtml(std::string_view html,
                    size_t max_parse_bytes = kMaxHtmlParseBytes);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_HTML_TEXT_H_
