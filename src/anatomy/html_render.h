// A small HTML-to-text renderer (gumbo) that remembers where quoted history
// starts in the HTML structure.
//
// Block elements start new lines, <br> breaks lines, whitespace collapses as
// in a browser, <head>/<style>/<script> are dropped, entities are decoded.
// While rendering it records the text offset of the first quote container:
// Gmail `gmail_quote`, `blockquote type=cite` (Apple Mail, Thunderbird),
// other non-indent <blockquote>s, Outlook `divRplyFwdMsg`/`appendonsend`
// and `border-top` separator divs, Thunderbird `moz-cite-prefix`, Yahoo
// `yahoo_quoted`, `OLK_SRC_BODY_SECTION`, Hotmail `stopSpelling`, and an
// <hr> directly followed by a From:/Date: header block.
// Thread-safe.
#ifndef MAILLINT_SRC_ANATOMY_HTML_RENDER_H_
#define MAILLINT_SRC_ANATOMY_HTML_RENDER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace maillint::anatomy {

constexpr size_t kNoOffset = static_cast<size_t>(-1);

struct HtmlRendering {
  std::string text;                // rendered text, '\n' line endings
  size_t quote_begin = kNoOffset;  // offset in `text`, or kNoOffset
};

HtmlRendering RenderHtml(std::string_view html);

// Where quoted history starts in `text`, a rendering of `html` by any
// renderer: the HTML cut mapped onto `text` by aligning non-space
// characters. kNoOffset when the HTML has no quote container or the
// renderings cannot be aligned.
size_t FindHtmlQuoteStart(std::string_view html, std::string_view text);

}  // namespace maillint::anatomy

#endif  // MAILLINT_SRC_ANATOMY_HTML_RENDER_H_
