#include "mail/html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "base/text.h"
#include "mail/html_renderer.h"

namespace maillint {
namespace {

bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); }
bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// HTML 4's Latin-1 entities, U+00A0 to U+00FF in order (Spanish and French
// mail from Outlook writes accents this way).
constexpr std::string_view kLatin1Entities[] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar",
    "sect",   "uml",    "copy",   "ordf",   "laquo",  "not",    "shy",
    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",
    "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",
    "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",
    "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute",
    "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",
    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",
    "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",
    "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave",
    "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute",
    "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave", "uacute",
    "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};
static_assert(std::size(kLatin1Entities) == 96);

// Named references: the markup characters, Latin-1 and common punctuation;
// others stay as written.
void AppendEntity(std::string_view name, std::string* out) {
  static constexpr struct {
    std::string_view name;
    uint32_t code_point;
  } kNamed[] = {{"amp", '&'},      {"lt", '<'},        {"gt", '>'},
                {"quot", '"'},     {"apos", '\''},     {"hellip", 0x2026},
                {"ndash", 0x2013}, {"mdash", 0x2014},  {"lsquo", 0x2018},
                {"rsquo", 0x2019}, {"ldquo", 0x201C},  {"rdquo", 0x201D},
                {"bull", 0x2022},  {"euro", 0x20AC},   {"trade", 0x2122},
                {"zwnj", 0x200C},  {"zwj", 0x200D},    {"ensp", 0x2002},
                {"emsp", 0x2003},  {"thinsp", 0x2009}, {"dagger", 0x2020}};
  for (const auto& e : kNamed) {
    if (name == e.name) {
      AppendUtf8(e.code_point, out);
      return;
    }
  }
  for (size_t i = 0; i < std::size(kLatin1Entities); ++i) {
    if (name == kLatin1Entities[i]) {
      AppendUtf8(static_cast<uint32_t>(0xA0 + i), out);
      return;
    }
  }
  out->append("&").append(name).append(";");
}

// Decodes character references in text or an attribute value.
std::string DecodeReferences(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t amp = s.find('&', i);
    out.append(s.substr(i, amp == std::string_view::npos ? amp : amp - i));
    if (amp == std::string_view::npos) break;
    size_t semi = s.find(';', amp);
    if (semi == std::string_view::npos || semi - amp > 10) {
      out.push_back('&');
      i = amp + 1;
      continue;
    }
    std::string_view name = s.substr(amp + 1, semi - amp - 1);
    if (!name.empty() && name[0] == '#') {
      bool hex = name.size() > 1 && (name[1] | 0x20) == 'x';
      uint32_t cp = 0;
      bool ok = name.size() > (hex ? 2u : 1u);
      for (char c : name.substr(hex ? 2 : 1)) {
        int digit = c >= '0' && c <= '9' ? c - '0'
                    : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f'
                        ? (c | 0x20) - 'a' + 10
                        : -1;
        if (digit < 0) {
          ok = false;
          break;
        }
        if (cp <= 0x10FFFF) cp = cp * (hex ? 16 : 10) + digit;
      }
      if (ok) {
        AppendUtf8(cp == 0 ? 0xFFFD : cp, &out);
      } else {
        out.append(s.substr(amp, semi - amp + 1));
      }
    } else {
      AppendEntity(name, &out);
    }
    i = semi + 1;
  }
  return out;
}

// End of the tag that starts at `lt`: the '>' outside quoted attribute
// values, or npos.
size_t TagEnd(std::string_view html, size_t lt) {
  char quote = 0;
  for (size_t i = lt + 1; i < html.size(); ++i) {
    char c = html[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i;
    }
  }
  return std::string_view::npos;
}

// The value of attribute `name` in a tag's attribute text, if any.
bool FindAttribute(std::string_view attributes, std::string_view name,
                   std::string* value) {
  for (size_t at = FindIgnoreCase(attributes, name, 0);
       at != std::string_view::npos;
       at = FindIgnoreCase(attributes, name, at + name.size())) {
    if (at > 0 && !IsHtmlSpace(attributes[at - 1])) continue;
    size_t i = at + name.size();
    while (i < attributes.size() && IsHtmlSpace(attributes[i])) ++i;
    if (i >= attributes.size() || attributes[i] != '=') continue;
    ++i;
    while (i < attributes.size() && IsHtmlSpace(attributes[i])) ++i;
    if (i >= attributes.size()) return false;
    size_t end;
    if (attributes[i] == '"' || attributes[i] == '\'') {
      end = attributes.find(attributes[i], i + 1);
      ++i;
    } else {
      end = i;
      while (end < attributes.size() && !IsHtmlSpace(attributes[end])) ++end;
    }
    if (end == std::string_view::npos) end = attributes.size();
    *value = DecodeReferences(attributes.substr(i, end - i));
    return true;
  }
  return false;
}

bool IsVoid(GumboTag tag) {
  return tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG ||
         tag == GUMBO_TAG_INPUT || tag == GUMBO_TAG_META ||
         tag == GUMBO_TAG_LINK || tag == GUMBO_TAG_WBR;
}

// One piece of markup starting at a '<' (html[lt] == '<'), read the way the
// stream renderer and SplitHtml both need it.
struct Markup {
  enum class Kind { kLessThan, kComment, kDeclaration, kStartTag, kEndTag };
  Kind kind;
  size_t end;             // one past the construct; npos when it never ends
  std::string_view name;  // tags
  std::string_view attributes;  // start tags: between the name and '>'
  GumboTag tag = GUMBO_TAG_UNKNOWN;
};

Markup ReadMarkup(std::string_view html, size_t lt) {
  Markup m;
  if (html.compare(lt, 4, "<!--") == 0) {
    size_t close = html.find("-->", lt + 4);
    m.kind = Markup::Kind::kComment;
    m.end = close == std::string_view::npos ? close : close + 3;
    return m;
  }
  char next = lt + 1 < html.size() ? html[lt + 1] : '\0';
  bool closing = next == '/';
  bool declaration = next == '!' || next == '?';
  size_t name_begin = lt + 1 + (closing ? 1 : 0);
  size_t name_end = name_begin;
  while (name_end < html.size() && IsAsciiAlnum(html[name_end])) ++name_end;
  if (name_end == name_begin && !declaration) {
    m.kind = Markup::Kind::kLessThan;  // "a < b": text, as in HTML5
    m.end = lt + 1;
    return m;
  }
  size_t gt = TagEnd(html, lt);
  m.end = gt == std::string_view::npos ? gt : gt + 1;
  if (declaration) {
    m.kind = Markup::Kind::kDeclaration;
    return m;
  }
  m.kind = closing ? Markup::Kind::kEndTag : Markup::Kind::kStartTag;
  m.name = html.substr(name_begin, name_end - name_begin);
  m.tag = gumbo_tagn_enum(m.name.data(), static_cast<unsigned>(m.name.size()));
  if (gt != std::string_view::npos) {
    m.attributes = html.substr(name_end, gt - name_end);
  }
  return m;
}

// Where the content of a dropped element (<style>, <title>, ...) opened by
// `start` ends: at its end tag, or npos when it has none.
size_t DroppedContentEnd(std::string_view html, const Markup& start) {
  return FindIgnoreCase(html, "</" + std::string(start.name), start.end);
}

// Renders HTML with a single forward scan: tags become Open/Close events,
// text is decoded and added; comments, declarations and the content of
// dropped elements are skipped. Used past kMaxHtmlParseBytes, where it
// gives the same text as the tree for well-formed markup and a reasonable
// one otherwise, at a fraction of a full HTML5 parse's cost.
void RenderStream(std::string_view html, HtmlTextBuilder& builder) {
  size_t i = 0;
  while (i < html.size()) {
    size_t lt = html.find('<', i);
    if (lt != i) {
      builder.Text(DecodeReferences(html.substr(i, lt - i)));
      if (lt == std::string_view::npos) return;
    }
    Markup m = ReadMarkup(html, lt);
    if (m.end == std::string_view::npos) return;
    i = m.end;
    switch (m.kind) {
      case Markup::Kind::kLessThan:
        builder.Text("<");
        break;
      case Markup::Kind::kComment:
      case Markup::Kind::kDeclaration:
        break;
      case Markup::Kind::kEndTag:
        builder.Close(m.tag);
        break;
      case Markup::Kind::kStartTag:
        if (HtmlTextBuilder::IsDropped(m.tag)) {
          i = std::min(DroppedContentEnd(html, m), html.size());
        } else if (m.tag == GUMBO_TAG_BR) {
          builder.LineBreakTag();
        } else {
          std::string href, class_name, id, style;
          bool has_href = m.tag == GUMBO_TAG_A &&
                          FindAttribute(m.attributes, "href", &href);
          FindAttribute(m.attributes, "class", &class_name);
          FindAttribute(m.attributes, "id", &id);
          FindAttribute(m.attributes, "style", &style);
          HtmlTextBuilder::MarkAttributes marks{class_name, id, style};
          builder.Open(m.tag, has_href ? &href : nullptr, &marks);
          if (IsVoid(m.tag)) builder.Close(m.tag);
        }
        break;
    }
  }
}

}  // namespace

HtmlSplit SplitHtml(std::string_view html, size_t max_parse_bytes) {
  if (html.size() <= max_parse_bytes) return {html.size(), html.size()};
  size_t limit = Utf8Floor(html, max_parse_bytes);
  // A comment or dropped element that reaches past `limit` is left out of
  // the tree and skipped by the stream (it renders nothing either way);
  // when it never ends, or a tag never ends, nothing after it renders.
  size_t i = 0;
  while (true) {
    size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) return {limit, limit};
    if (lt >= limit) return {lt, lt};
    Markup m = ReadMarkup(html, lt);
    if (m.end == std::string_view::npos) return {lt, html.size()};
    i = m.end;
    if (m.kind == Markup::Kind::kComment && i > limit) return {lt, i};
    if (m.kind != Markup::Kind::kStartTag ||
        !HtmlTextBuilder::IsDropped(m.tag)) {
      continue;
    }
    size_t close = DroppedContentEnd(html, m);
    if (close == std::string_view::npos) return {lt, html.size()};
    if (close > limit) return {lt, close};
    i = close;
  }
}

RenderedHtml RenderHtml(std::string_view html, size_t max_parse_bytes) {
  HtmlSplit split = SplitHtml(html, max_parse_bytes);
  HtmlTextBuilder builder;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not used; recording them is slow
  GumboOutput* output =
      gumbo_parse_with_options(&options, html.data(), split.tree_end);
  if (output != nullptr) {
    builder.Render(output->document);
    gumbo_destroy_output(&options, output);
  }
  RenderStream(html.substr(split.stream_begin), builder);
  return builder.Finish();
}

}  // namespace maillint
