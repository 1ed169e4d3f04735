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
// Never fails (gumbo accepts any input). Thread-safe.
#ifndef MAILLINT_SRC_MAIL_HTML_TEXT_H_
#define MAILLINT_SRC_MAIL_HTML_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "mail/message.h"

namespace maillint {

struct RenderedHtml {
  std::string text;         // UTF-8, '\n' line endings, no trailing blank lines
  std::vector<Link> links;  // from_html = true, in document order
};

// `html` must be UTF-8.
RenderedHtml RenderHtml(std::string_view html);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_HTML_TEXT_H_
