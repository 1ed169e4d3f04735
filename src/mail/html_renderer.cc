#include "mail/html_renderer.h"

#include <algorithm>

#include "base/text.h"

namespace maillint {
namespace {

// Deep enough for any real mail; gumbo trees from hostile input can be
// deeper than the stack allows for recursion.
constexpr int kMaxHtmlDepth = 200;

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

bool HasClassWord(std::string_view class_name, std::string_view word) {
  return FindIgnoreCase(class_name, word, 0) != std::string_view::npos;
}

// Outlook's reply separator: "border:none;border-top:solid #E1E1E1 1.0pt".
bool HasSolidTopBorder(std::string_view style) {
  for (size_t at = FindIgnoreCase(style, "border-top:", 0);
       at != std::string_view::npos;
       at = FindIgnoreCase(style, "border-top:", at + 1)) {
    size_t i = at + 11;
    while (i < style.size() && (style[i] == ' ' || style[i] == '\t')) ++i;
    if (EqualsIgnoreCase(style.substr(i, 5), "solid")) return true;
  }
  return false;
}

bool IsIndentOnly(std::string_view style) {
  return FindIgnoreCase(style, "border:none", 0) != std::string_view::npos ||
         FindIgnoreCase(style, "border: none", 0) != std::string_view::npos;
}

}  // namespace

std::optional<QuoteMarkKind> HtmlTextBuilder::QuoteMarkOf(
    GumboTag tag, const MarkAttributes& a) {
  if (tag == GUMBO_TAG_HR) return QuoteMarkKind::kRule;
  if ((HasClassWord(a.class_name, "gmail_quote") &&
       !HasClassWord(a.class_name, "gmail_quote_container")) ||
      HasClassWord(a.class_name, "moz-cite-prefix") ||
      HasClassWord(a.class_name, "yahoo_quoted") ||
      HasClassWord(a.class_name, "gmail_extra_quote")) {
    return QuoteMarkKind::kContainer;
  }
  static constexpr std::string_view kIds[] = {
      "divRplyFwdMsg", "appendonsend", "OLK_SRC_BODY_SECTION", "stopSpelling"};
  for (std::string_view id : kIds) {
    if (EqualsIgnoreCase(a.id, id)) return QuoteMarkKind::kContainer;
  }
  if (a.id.size() >= 12 &&
      EqualsIgnoreCase(a.id.substr(0, 12), "yahoo_quoted")) {
    return QuoteMarkKind::kContainer;
  }
  if (tag == GUMBO_TAG_BLOCKQUOTE && !IsIndentOnly(a.style)) {
    return QuoteMarkKind::kCite;
  }
  if (tag == GUMBO_TAG_DIV && HasSolidTopBorder(a.style)) {
    return QuoteMarkKind::kBorderTop;
  }
  return std::nullopt;
}

void HtmlTextBuilder::RecordMark(GumboTag tag,
                                 const MarkAttributes* attributes) {
  if (container_marked_) return;
  std::optional<QuoteMarkKind> kind =
      QuoteMarkOf(tag, attributes ? *attributes : MarkAttributes());
  if (!kind) return;
  if (*kind == QuoteMarkKind::kRule) {
    if (quote_marks_.size() >= kMaxHtmlRuleMarks) return;
  } else {
    container_marked_ = true;
  }
  quote_marks_.push_back({out_.size(), *kind});
}

bool HtmlTextBuilder::IsDropped(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE ||
         tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_TEMPLATE ||
         tag == GUMBO_TAG_TITLE;
}

void HtmlTextBuilder::StartLineIfNeeded() {
  if (!at_line_start_) return;
  for (int i = 0; i < quote_depth_; ++i) out_ += "> ";
  at_line_start_ = false;
}

void HtmlTextBuilder::LineBreak() {
  while (!out_.empty() && out_.back() == ' ') out_.pop_back();
  out_.push_back('\n');
  ++newlines_;
  at_line_start_ = true;
  pending_space_ = false;
}

void HtmlTextBuilder::BlankLine() {
  if (out_.empty()) return;
  while (newlines_ < 2) LineBreak();
}

void HtmlTextBuilder::Emit(char c) {
  if (pending_space_ && !at_line_start_) out_.push_back(' ');
  pending_space_ = false;
  StartLineIfNeeded();
  if (anchor_begin_ == std::string::npos) anchor_begin_ = out_.size();
  out_.push_back(c);
  newlines_ = 0;
}

void HtmlTextBuilder::Text(std::string_view text) {
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

void HtmlTextBuilder::Children(const GumboElement& element, int depth) {
  for (unsigned i = 0; i < element.children.length; ++i) {
    Render(static_cast<const GumboNode*>(element.children.data[i]), depth + 1);
  }
}

void HtmlTextBuilder::LineBreakTag() {
  StartLineIfNeeded();
  LineBreak();
}

void HtmlTextBuilder::Open(GumboTag tag, const std::string* href,
                           const MarkAttributes* attributes) {
  if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) pending_space_ = true;
  if (IsParagraph(tag)) {
    BlankLine();
  } else if (IsBlock(tag) && newlines_ == 0) {
    LineBreak();
  }
  RecordMark(tag, attributes);
  if (tag == GUMBO_TAG_BLOCKQUOTE) ++quote_depth_;
  if (tag == GUMBO_TAG_PRE) ++pre_depth_;
  if (tag == GUMBO_TAG_A) {
    anchors_.push_back(
        {anchor_begin_, href != nullptr, href ? *href : std::string()});
    anchor_begin_ = std::string::npos;
  }
}

void HtmlTextBuilder::Close(GumboTag tag) {
  if (tag == GUMBO_TAG_A) {
    if (anchors_.empty()) return;
    OpenAnchor anchor = std::move(anchors_.back());
    anchors_.pop_back();
    size_t begin = std::min(anchor_begin_, out_.size());
    anchor_begin_ = anchor.outer_begin;
    if (!anchor.has_href) return;
    size_t end = out_.size();
    while (begin < end && (out_[begin] == ' ' || out_[begin] == '\n')) ++begin;
    while (end > begin && (out_[end - 1] == ' ' || out_[end - 1] == '\n')) {
      --end;
    }
    Link link;
    link.href = std::string(Trim(anchor.href));
    link.text = out_.substr(begin, end - begin);
    link.begin = begin;
    link.end = end;
    link.from_html = true;
    links_.push_back(std::move(link));
    return;
  }
  if (tag == GUMBO_TAG_PRE) {
    if (pre_depth_ == 0) return;
    --pre_depth_;
  }
  if (tag == GUMBO_TAG_BLOCKQUOTE) {
    if (quote_depth_ == 0) return;
    if (newlines_ == 0) LineBreak();
    --quote_depth_;
  }
  if (IsParagraph(tag)) {
    BlankLine();
  } else if (IsBlock(tag) && newlines_ == 0) {
    LineBreak();
  }
}

void HtmlTextBuilder::Element(const GumboElement& element, int depth) {
  GumboTag tag = element.tag;
  if (IsDropped(tag)) return;
  if (tag == GUMBO_TAG_BR) {
    LineBreakTag();
    return;
  }
  std::string href;
  const std::string* href_ptr = nullptr;
  if (tag == GUMBO_TAG_A) {
    if (const GumboAttribute* a =
            gumbo_get_attribute(&element.attributes, "href")) {
      href = a->value;
      href_ptr = &href;
    }
  }
  auto value = [&element](const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
    return a == nullptr ? std::string_view() : std::string_view(a->value);
  };
  MarkAttributes marks{value("class"), value("id"), value("style")};
  Open(tag, href_ptr, &marks);
  Children(element, depth);
  Close(tag);
}

void HtmlTextBuilder::Render(const GumboNode* node, int depth) {
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

RenderedHtml HtmlTextBuilder::Finish() {
  while (!out_.empty() && (out_.back() == '\n' || out_.back() == ' ')) {
    out_.pop_back();
  }
  if (!out_.empty()) out_.push_back('\n');
  RenderedHtml rendered;
  for (Link& link : links_) {
    link.begin = std::min(link.begin, out_.size());
    link.end = std::min(link.end, out_.size());
  }
  for (QuoteMark& mark : quote_marks_) {
    mark.offset = std::min(mark.offset, out_.size());
  }
  rendered.text = std::move(out_);
  rendered.links = std::move(links_);
  rendered.quote_marks = std::move(quote_marks_);
  return rendered;
}

}  // namespace maillint
