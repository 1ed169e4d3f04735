#include "anatomy/html_render.h"

#include <gumbo.h>
#include <re2/re2.h>

#include <vector>

#include "anatomy/attribution_patterns.h"
#include "anatomy/text_lines.h"
#include "base/text.h"
#include "mail/html_text.h"

namespace maillint::anatomy {
namespace {

std::string_view Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

bool ClassHas(const GumboElement& e, std::string_view word) {
  return AsciiLower(Attr(e, "class")).find(word) != std::string::npos;
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_P:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
      return true;
    default:
      return false;
  }
}

// A container that holds quoted history, from its markup alone.
bool IsQuoteContainer(const GumboElement& e) {
  std::string_view id = Attr(e, "id");
  std::string style = AsciiLower(Attr(e, "style"));
  if (ClassHas(e, "gmail_quote") && !ClassHas(e, "gmail_quote_container")) {
    return true;
  }
  if (ClassHas(e, "moz-cite-prefix") || ClassHas(e, "yahoo_quoted") ||
      ClassHas(e, "gmail_extra_quote")) {
    return true;
  }
  if (id == "divRplyFwdMsg" || id == "OLK_SRC_BODY_SECTION" ||
      id == "stopSpelling" || StartsWith(id, "yahoo_quoted")) {
    return true;
  }
  if (e.tag == GUMBO_TAG_BLOCKQUOTE) {
    bool indent_only = style.find("border:none") != std::string::npos ||
                       style.find("border: none") != std::string::npos;
    return !indent_only;
  }
  static const RE2 border_top(R"re(border-top:\s*solid)re");
  return e.tag == GUMBO_TAG_DIV && RE2::PartialMatch(style, border_top);
}

class Renderer {
 public:
  HtmlRendering Run(const GumboNode* root) {
    Walk(root);
    HtmlRendering out;
    out.text = std::move(text_);
    out.quote_begin = quote_begin_;
    if (out.quote_begin == kNoOffset)
      out.quote_begin = FirstHeaderRule(out.text);
    return out;
  }

 private:
  void Newline() {
    while (!text_.empty() && text_.back() == ' ') text_.pop_back();
    if (!text_.empty() && text_.back() != '\n') text_ += '\n';
    space_ = false;
  }

  void AppendText(std::string_view s) {
    for (char c : s) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        space_ = !text_.empty() && text_.back() != '\n';
        continue;
      }
      if (space_) text_ += ' ';
      space_ = false;
      text_ += c;
    }
  }

  void Walk(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      AppendText(node->v.text.text);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) {
      return;
    }
    const GumboVector* children = node->type == GUMBO_NODE_DOCUMENT
                                      ? &node->v.document.children
                                      : &node->v.element.children;
    bool block = false;
    if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& e = node->v.element;
      if (e.tag == GUMBO_TAG_HEAD || e.tag == GUMBO_TAG_STYLE ||
          e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_TITLE) {
        return;
      }
      if (e.tag == GUMBO_TAG_BR) {
        text_ += '\n';
        space_ = false;
        return;
      }
      block = IsBlock(e.tag);
      if (block) Newline();
      if (e.tag == GUMBO_TAG_HR) hr_offsets_.push_back(text_.size());
      if (quote_begin_ == kNoOffset && IsQuoteContainer(e)) {
        Newline();
        quote_begin_ = text_.size();
      }
    }
    for (unsigned i = 0; i < children->length; ++i) {
      Walk(static_cast<const GumboNode*>(children->data[i]));
    }
    if (block) Newline();
  }

  // An <hr> whose next non-blank line is a From:/Date: header field.
  size_t FirstHeaderRule(const std::string& text) const {
    for (size_t offset : hr_offsets_) {
      size_t start = text.find_first_not_of(" \n", offset);
      if (start == std::string::npos) continue;
      size_t end = text.find('\n', start);
      std::string_view line(
          text.data() + start,
          (end == std::string::npos ? text.size() : end) - start);
      HeaderKey key = MatchHeaderKey(line);
      if (key == HeaderKey::kFrom || key == HeaderKey::kDate) return offset;
    }
    return kNoOffset;
  }

  std::string text_;
  bool space_ = false;
  size_t quote_begin_ = kNoOffset;
  std::vector<size_t> hr_offsets_;
};

// Byte offsets of the non-space bytes of `s`.
std::vector<size_t> NonSpaceOffsets(std::string_view s) {
  std::vector<size_t> out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (c == 0xC2 && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    out.push_back(i);
  }
  return out;
}

std::string Squeeze(std::string_view s, const std::vector<size_t>& offsets) {
  std::string out;
  out.reserve(offsets.size());
  for (size_t o : offsets) out += s[o];
  return out;
}

}  // namespace

HtmlRendering RenderHtml(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not used; recording them is slow
  GumboOutput* output =
      gumbo_parse_with_options(&options, html.data(), html.size());
  if (output == nullptr) return HtmlRendering();
  HtmlRendering rendering = Renderer().Run(output->document);
  gumbo_destroy_output(&options, output);
  return rendering;
}

namespace {

// False when `html` cannot hold any quote container IsQuoteContainer() or
// FirstHeaderRule() would find: most HTML mail then skips a second parse.
bool MayHoldQuote(std::string_view html) {
  static constexpr std::string_view kMarkers[] = {
      "gmail_quote",  "gmail_extra_quote", "moz-cite-prefix",
      "yahoo_quoted", "divrplyfwdmsg",     "olk_src_body_section",
      "stopspelling", "<blockquote",       "border-top",
      "<hr"};
  std::string lower = AsciiLower(html);
  for (std::string_view marker : kMarkers) {
    if (lower.find(marker) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

size_t FindHtmlQuoteStart(std::string_view html, std::string_view text) {
  // The same head the body renderer parses as a tree (mail/html_text.h).
  html = html.substr(0, SplitHtml(html).tree_end);
  if (!MayHoldQuote(html)) return kNoOffset;
  HtmlRendering mine = RenderHtml(html);
  if (mine.quote_begin == kNoOffset) return kNoOffset;
  std::vector<size_t> mine_offsets = NonSpaceOffsets(mine.text);
  std::vector<size_t> text_offsets = NonSpaceOffsets(text);
  std::string mine_squeezed = Squeeze(mine.text, mine_offsets);
  std::string text_squeezed = Squeeze(text, text_offsets);
  size_t before = 0;
  while (before < mine_offsets.size() &&
         mine_offsets[before] < mine.quote_begin) {
    ++before;
  }
  if (before == mine_offsets.size()) return kNoOffset;
  if (mine_squeezed == text_squeezed) return text_offsets[before];
  for (size_t probe_len : {48, 24, 12}) {
    std::string probe = mine_squeezed.substr(before, probe_len);
    size_t best = std::string::npos;
    size_t best_distance = std::string::npos;
    for (size_t at = text_squeezed.find(probe); at != std::string::npos;
         at = text_squeezed.find(probe, at + 1)) {
      size_t distance = at > before ? at - before : before - at;
      if (distance < best_distance) {
        best = at;
        best_distance = distance;
      }
    }
    if (best != std::string::npos) return text_offsets[best];
  }
  return kNoOffset;
}

}  // namespace maillint::anatomy
