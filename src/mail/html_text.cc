#include "mail/html_text.h"

#include <gumbo.h>

#include <algorithm>

#include "base/text.h"

namespace maillint {
namespace {

// Deep enough for any real mail; gumbo trees from hostile input can be
// deeper than the stack allows for recursion.
constexpr int kMaxHtmlDepth = 200;

class Renderer {
 public:
  void Render(const GumboNode* node, int depth);
  RenderedHtml Finish();

 private:
  void Element(const GumboElement& element, int depth);
  void Text(std::string_view text);
  void Emit(char c);
  void Anchor(const GumboElement& element, int depth);
  void Children(const GumboElement& element, int depth);
  void LineBreak();
  void BlankLine();
  void StartLineIfNeeded();

  std::string out_;
  std::vector<Link> links_;
  int quote_depth_ = 0;
  int pre_depth_ = 0;
  bool pending_space_ = false;
  bool at_line_start_ = true;
  int newlines_ = 2;
  size_t anchor_begin_ =
      0;  // first text byte of the open <a>; npos: none yet  // consecutive
          // '\n' at the end of out_ (2 = at start)
};

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIELDSET:
      return true;
    default:
      return false;
  }
}

bool IsParagraph(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_PRE:
      return true;
    default:
      return false;
  }
}

bool IsDropped(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE ||
         tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_TEMPLATE ||
         tag == GUMBO_TAG_TITLE;
}

void Renderer::StartLineIfNeeded() {
  if (!at_line_start_) return;
  for (int i = 0; i < quote_depth_; ++i) out_ += "> ";
  at_line_start_ = false;
}

void Renderer::LineBreak() {
  while (!out_.empty() && out_.back() == ' ') out_.pop_back();
  out_.push_back('\n');
  ++newlines_;
  at_line_start_ = true;
  pending_space_ = false;
}

void Renderer::BlankLine() {
  if (out_.empty()) return;
  while (newlines_ < 2) LineBreak();
}

void Renderer::Emit(char c) {
  if (pending_space_ && !at_line_start_) out_.push_back(' ');
  pending_space_ = false;
  StartLineIfNeeded();
  if (anchor_begin_ == std::string::npos) anchor_begin_ = out_.size();
  out_.push_back(c);
  newlines_ = 0;
}

void Renderer::Text(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') continue;
    if (pre_depth_ > 0 && c == '\n') {
      StartLineIfNeeded();
      LineBreak();
    } else if (pre_depth_ == 0 &&
               (c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
      pending_space_ = true;
    } else if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      Emit(' ');  // no-break space: kept, but as a plain space
      ++i;
    } else {
      Emit(c);
    }
  }
}

void Renderer::Children(const GumboElement& element, int depth) {
  for (unsigned i = 0; i < element.children.length; ++i) {
    Render(static_cast<const GumboNode*>(element.children.data[i]), depth + 1);
  }
}

void Renderer::Anchor(const GumboElement& element, int depth) {
  const GumboAttribute* href = gumbo_get_attribute(&element.attributes, "href");
  size_t outer_begin = anchor_begin_;
  anchor_begin_ = std::string::npos;
  Children(element, depth);
  size_t begin = std::min(anchor_begin_, out_.size());
  anchor_begin_ = outer_begin;
  if (href == nullptr) return;
  size_t end = out_.size();
  while (begin < end && (out_[begin] == ' ' || out_[begin] == '\n')) ++begin;
  while (end > begin && (out_[end - 1] == ' ' || out_[end - 1] == '\n')) --end;
  Link link;
  link.href = std::string(Trim(href->value));
  link.text = out_.substr(begin, end - begin);
  link.begin = begin;
  link.end = end;
  link.from_html = true;
  links_.push_back(std::move(link));
}

void Renderer::Element(const GumboElement& element, int depth) {
  GumboTag tag = element.tag;
  if (IsDropped(tag)) return;
  if (tag == GUMBO_TAG_BR) {
    StartLineIfNeeded();
    LineBreak();
    return;
  }
  if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) pending_space_ = true;
  bool block = IsBlock(tag);
  bool paragraph = IsParagraph(tag);
  if (paragraph)
    BlankLine();
  else if (block && newlines_ == 0)
    LineBreak();
  if (tag == GUMBO_TAG_BLOCKQUOTE) ++quote_depth_;
  if (tag == GUMBO_TAG_PRE) ++pre_depth_;
  if (tag == GUMBO_TAG_A) {
    Anchor(element, depth);
  } else {
    Children(element, depth);
  }
  if (tag == GUMBO_TAG_PRE) --pre_depth_;
  if (tag == GUMBO_TAG_BLOCKQUOTE) {
    if (newlines_ == 0) LineBreak();
    --quote_depth_;
  }
  if (paragraph)
    BlankLine();
  else if (block && newlines_ == 0)
    LineBreak();
}

void Renderer::Render(const GumboNode* node, int depth) {
  if (depth > kMaxHtmlDepth) return;
  switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
      for (unsigned i = 0; i < node->v.document.children.length; ++i) {
        Render(static_cast<const GumboNode*>(node->v.document.children.data[i]),
               depth + 1);
      }
      break;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      Element(node->v.element, depth);
      break;
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
      Text(node->v.text.text);
      break;
    default:
      break;
  }
}

RenderedHtml Renderer::Finish() {
  while (!out_.empty() && (out_.back() == '\n' || out_.back() == ' ')) {
    out_.pop_back();
  }
  if (!out_.empty()) out_.push_back('\n');
  RenderedHtml rendered;
  for (Link& link : links_) {
    link.begin = std::min(link.begin, out_.size());
    link.end = std::min(link.end, out_.size());
  }
  rendered.text = std::move(out_);
  rendered.links = std::move(links_);
  return rendered;
}

}  // namespace

RenderedHtml RenderHtml(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* output =
      gumbo_parse_with_options(&options, html.data(), html.size());
  if (output == nullptr) return RenderedHtml();
  Renderer renderer;
  renderer.Render(output->document, 0);
  gumbo_destroy_output(&options, output);
  return renderer.Finish();
}

}  // namespace maillint
