// HtmlTextBuilder: the text that HTML renders to (see mail/html_text.h for
// the rendering rules), built from a gumbo tree (Render) or from a stream of
// tags and text (Open, Close, Text), so that both give the same text.
//
// Not thread-safe; one builder per rendering.
#ifndef MAILLINT_SRC_MAIL_HTML_RENDERER_H_
#define MAILLINT_SRC_MAIL_HTML_RENDERER_H_

#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mail/html_text.h"

namespace maillint {

class HtmlTextBuilder {
 public:
  // Renders a gumbo subtree.
  void Render(const GumboNode* node, int depth = 0);
  // Stream input: an element's start and end, and decoded text. An end tag
  // with no open element of its kind is ignored. <br> and dropped elements
  // (script, style, head, template, title) are the caller's to handle:
  // LineBreakTag() for <br>, nothing at all for dropped content.
  // `attributes` gives the class, id and style values that quote marks are
  // read from (QuoteMarkOf); nullptr when the element has none.
  struct MarkAttributes {
    std::string_view class_name;
    std::string_view id;
    std::string_view style;
  };
  void Open(GumboTag tag, const std::string* href,
            const MarkAttributes* attributes = nullptr);
  void Close(GumboTag tag);
  void Text(std::string_view text);
  void LineBreakTag();
  // Starts a new paragraph (a blank line unless at the start).
  void BlankLine();
  RenderedHtml Finish();

  static bool IsDropped(GumboTag tag);
  // The quote mark an element opening with these attributes records, if any
  // (mail/html_text.h lists them).
  static std::optional<QuoteMarkKind> QuoteMarkOf(
      GumboTag tag, const MarkAttributes& attributes);

 private:
  struct OpenAnchor {
    size_t outer_begin;
    bool has_href;
    std::string href;
  };

  void Element(const GumboElement& element, int depth);
  void Emit(char c);
  void Children(const GumboElement& element, int depth);
  void LineBreak();
  void StartLineIfNeeded();
  void RecordMark(GumboTag tag, const MarkAttributes* attributes);

  std::string out_;
  std::vector<Link> links_;
  std::vector<OpenAnchor> anchors_;
  std::vector<QuoteMark> quote_marks_;
  bool container_marked_ = false;  // recording stops at the first container
  int quote_depth_ = 0;
  int pre_depth_ = 0;
  bool pending_space_ = false;
  bool at_line_start_ = true;
  int newlines_ = 2;  // consecutive '\n' at the end of out_ (2 = at start)
  // First text byte inside the innermost open <a>; npos: none yet.
  size_t anchor_begin_ = 0;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_HTML_RENDERER_H_
