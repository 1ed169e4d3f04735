#include "mail/html_text.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "base/text.h"

namespace maillint {
namespace {

TEST_CASE("HTML renders to text with links and their byte ranges") {
  RenderedHtml r = RenderHtml(
      "<html><head><style>p{}</style><title>t</title></head><body>"
      "<p>Hi&nbsp;Ana,</p><p>See   the <a href=' https://www.pghschools.org/x "
      "'>"
      "enrollment page</a>.<br>Thanks</p><script>var "
      "x;</script></body></html>");
  CHECK(r.text == "Hi Ana,\n\nSee the enrollment page.\nThanks\n");
  REQUIRE(r.links.size() == 1);
  const Link& link = r.links[0];
  CHECK(link.href == "https://www.pghschools.org/x");
  CHECK(link.text == "enrollment page");
  CHECK(link.from_html);
  CHECK(r.text.substr(link.begin, link.end - link.begin) == "enrollment page");
}

TEST_CASE("blockquote lines are prefixed, pre keeps whitespace") {
  RenderedHtml r = RenderHtml(
      "<div>Reply</div><blockquote>old <b>text</b><br>line 2</blockquote>"
      "<pre>a  b\nc</pre>");
  CHECK(r.text == "Reply\n\n> old text\n> line 2\n\na  b\nc\n");
}

TEST_CASE("a link at the start of a quoted line excludes the quote marks") {
  RenderedHtml r =
      RenderHtml("<blockquote><a href='http://x.org'>x.org</a></blockquote>");
  REQUIRE(r.links.size() == 1);
  CHECK(r.text.substr(r.links[0].begin, r.links[0].end - r.links[0].begin) ==
        "x.org");
}

TEST_CASE("broken and deeply nested HTML never fails") {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  deep += "deep";
  CHECK(RenderHtml(deep).text.size() < 100);
  CHECK(RenderHtml("<p>unclosed <a href=x>link").links.size() == 1);
  CHECK(RenderHtml("").text.empty());
}

// Top-level blocks covering what the stream renderer must treat like the
// tree: paragraphs, links with references in href, quotes, lists, tables,
// pre, headings, comments, style/script, character references, <br>.
const char* const kBlocks[] = {
    "<p>Hi&nbsp;Ana, caf&eacute; &#233;t&#xE9; &amp; more</p>",
    "<div>See <a href=\"https://x.org/a?b=1&amp;c=2\">the form</a>.</div>",
    "<!-- a comment <p>not text</p> -->",
    "<blockquote>quoted <b>line</b><br>two</blockquote>",
    "<ul><li>one</li><li>two <a href='https://x.org/2'>link</a></li></ul>",
    "<style>p { color: red }</style><script>var a = '<p>';</script>",
    "<table><tr><td>a</td><td>b</td></tr></table>",
    "<pre>keep  this\n  spacing</pre>",
    "<h2>Heading</h2><hr><p>after &lt;rule&gt; 3 < 4</p>",
    "<div><a name=x>no href</a> text<img src=x.png> end</div>",
};

TEST_CASE("past the parse limit the stream renderer gives the tree's text") {
  std::string html;
  std::vector<size_t> boundaries;
  for (const char* block : kBlocks) {
    boundaries.push_back(html.size());
    html += block;
  }
  RenderedHtml tree = RenderHtml(html, html.size());
  CHECK(tree.text.find("the form") != std::string::npos);
  for (size_t limit : boundaries) {
    CAPTURE(limit);
    RenderedHtml mixed = RenderHtml(html, limit);
    CHECK(mixed.text == tree.text);
    REQUIRE(mixed.links.size() == tree.links.size());
    for (size_t i = 0; i < tree.links.size(); ++i) {
      CHECK(mixed.links[i].href == tree.links[i].href);
      CHECK(mixed.links[i].text == tree.links[i].text);
      CHECK(mixed.links[i].begin == tree.links[i].begin);
      CHECK(mixed.links[i].end == tree.links[i].end);
    }
  }
}

TEST_CASE("HTML over the parse limit is rendered to its end") {
  std::string html = "<html><body><p>Hello Ana,</p>";
  while (html.size() < kMaxHtmlParseBytes + 100000) {
    html += "<div style=\"margin:0\">filler line of an old thread</div>\n";
  }
  html +=
      "<p>Tail with <a href=\"https://x.org/end\">the last link</a> "
      "&amp; 555-12-3456</p></body></html>";
  HtmlSplit split = SplitHtml(html);
  CHECK(split.tree_end > kMaxHtmlParseBytes);
  CHECK(split.tree_end < html.size());
  CHECK(split.stream_begin == split.tree_end);
  CHECK(html[split.tree_end] == '<');
  RenderedHtml r = RenderHtml(html);
  CHECK(r.text.rfind("Tail with the last link & 555-12-3456\n") ==
        r.text.size() -
            std::string("Tail with the last link & 555-12-3456\n").size());
  REQUIRE(!r.links.empty());
  const Link& last = r.links.back();
  CHECK(last.href == "https://x.org/end");
  CHECK(r.text.substr(last.begin, last.end - last.begin) == "the last link");
  CHECK(r.text == RenderHtml(html, html.size()).text);
}

TEST_CASE("a dropped element or comment across the parse limit stays dropped") {
  std::string filler(5000, 'x');
  for (const char* open : {"<title>", "<style>", "<script>", "<!--"}) {
    CAPTURE(open);
    std::string close =
        std::string(open) == "<!--" ? "-->" : "</" + std::string(open + 1);
    std::string html = "<p>Before</p>" + std::string(open) + filler + "<b>" +
                       filler + close + "<p>After</p>";
    CHECK(RenderHtml(html, 2000).text == "Before\n\nAfter\n");
    // Never closed: nothing after it renders.
    CHECK(
        RenderHtml("<p>Before</p>" + std::string(open) + filler + "<b>z", 2000)
            .text == "Before\n");
  }
  // An unterminated tag.
  CHECK(RenderHtml("<p>Before</p><a href=\"" + filler, 2000).text ==
        "Before\n");
  // A '<' that starts no tag is text for the split as for the renderers:
  // what follows it still renders (here with a paragraph break where the
  // tree ends, as the limit falls inside the text).
  std::string text = RenderHtml("<p>a < b " + filler + " end", 2000).text;
  CHECK(StartsWith(text, "a < b xxx"));
  CHECK(EndsWith(text, "xxx end\n"));
  CHECK(std::count(text.begin(), text.end(), 'x') == 5000);
}

TEST_CASE("the stream renderer survives broken markup") {
  // Limit 0: the tree gets the text before the first tag (and ends it with
  // the body's line break), the stream renderer the rest.
  const size_t kAll = 0;
  CHECK(RenderHtml("a < b and c<d", kAll).text == "a\n< b and c\n");
  CHECK(RenderHtml("x</blockquote></pre></a>y", kAll).text == "x\ny\n");
  CHECK(RenderHtml("<p>unclosed <a href=\"u\">link", kAll).text ==
        "unclosed link\n");
  CHECK(RenderHtml("<!-- never closed", kAll).text.empty());
  CHECK(RenderHtml("<script>never closed", kAll).text.empty());
  CHECK(RenderHtml("&bogus; &#xZZ; &#99999999; &", kAll).text ==
        "&bogus; &#xZZ; \xEF\xBF\xBD &\n");
  CHECK(RenderHtml("<a href=\"x>y\">q</a>", kAll).links.at(0).href == "x>y");
}

}  // namespace
}  // namespace maillint

namespace maillint {
namespace {

// The text from each quote mark of `html` to the end of its line.
std::vector<std::string> MarkedLines(const RenderedHtml& r) {
  std::vector<std::string> out;
  for (const QuoteMark& mark : r.quote_marks) {
    size_t end = r.text.find('\n', mark.offset);
    out.push_back(r.text.substr(mark.offset, end - mark.offset));
  }
  return out;
}

TEST_CASE("quote containers are recorded where their text starts") {
  struct Case {
    const char* html;
    QuoteMarkKind kind;
  };
  const Case kCases[] = {
      {"<div>Reply</div><div class=\"gmail_quote\"><div>On Mon, Ana wrote:"
       "</div><blockquote>old</blockquote></div>",
       QuoteMarkKind::kContainer},
      {"<p>Reply</p><blockquote type=\"cite\">old</blockquote>",
       QuoteMarkKind::kCite},
      {"<p>Reply</p><div id=\"appendonsend\"></div><hr><div "
       "id=\"divRplyFwdMsg\">From: Ana</div>",
       QuoteMarkKind::kContainer},
      {"<p>Reply</p><div class=\"moz-cite-prefix\">On Mon, Ana wrote:</div>",
       QuoteMarkKind::kContainer},
      {"<p>Reply</p><div style=\"border:none;border-top:solid #E1E1E1 "
       "1.0pt\">From: Ana</div>",
       QuoteMarkKind::kBorderTop},
  };
  for (const Case& c : kCases) {
    CAPTURE(c.html);
    for (size_t limit : {std::string(c.html).size(), size_t{12}}) {
      RenderedHtml r = RenderHtml(c.html, limit);  // tree, then stream
      CHECK(r.text.rfind("Reply\n", 0) == 0);
      REQUIRE(!r.quote_marks.empty());
      const QuoteMark& mark = r.quote_marks.back();
      CHECK(mark.kind == c.kind);
      CHECK(r.text.substr(0, mark.offset).find("old") == std::string::npos);
      CHECK(r.text.substr(0, mark.offset).find("Ana") == std::string::npos);
    }
  }
}

TEST_CASE("indents, Gmail's outer container and <hr> are no quote start") {
  RenderedHtml r = RenderHtml(
      "<div class=\"gmail_quote_container\"><p>Reply</p></div>"
      "<blockquote style=\"margin:0 0 0 40px; border: none\">indented"
      "</blockquote><p>more</p>");
  CHECK(r.quote_marks.empty());
  // An <hr> is only recorded; the anatomy decides (a From: line must
  // follow it).
  r = RenderHtml("<p>Reply</p><hr><p>From: Ana</p><blockquote>x</blockquote>");
  REQUIRE(r.quote_marks.size() == 2);
  CHECK(r.quote_marks[0].kind == QuoteMarkKind::kRule);
  CHECK(MarkedLines(r)[0] == "From: Ana");
  CHECK(r.quote_marks[1].kind == QuoteMarkKind::kCite);
  // Nothing is recorded after the first container.
  r = RenderHtml("<blockquote>a</blockquote><hr><blockquote>b</blockquote>");
  CHECK(r.quote_marks.size() == 1);
}

}  // namespace
}  // namespace maillint
