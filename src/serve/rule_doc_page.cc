#include "serve/rule_doc_page.h"

#include <re2/re2.h>

#include <fstream>
#include <sstream>

#include "audit/html_charts.h"
#include "base/text.h"
#include "lint/rule_pack.h"

namespace maillint {
namespace {

// Escapes `line` and renders `code` and [text](link) inside it. Links
// leaving this server are shown as text (the page loads nothing).
std::string Inline(std::string_view line) {
  std::string html = HtmlEscape(line);
  static const RE2 code("`([^`]+)`");
  static const RE2 link(R"re(\[([^\]]+)\]\(([^)\s]+)\))re");
  RE2::GlobalReplace(&html, code, "<code>\\1</code>");
  RE2::GlobalReplace(&html, link, "\\1");
  return html;
}

bool ValidId(const std::string& id) {
  static const RE2 re(R"re([a-z0-9-]+\.[a-z0-9-]+)re");
  return RE2::FullMatch(id, re);
}

}  // namespace

std::string MarkdownToHtml(std::string_view markdown) {
  std::string html;
  bool in_code = false, in_list = false, in_para = false;
  auto close_blocks = [&] {
    if (in_list) html += "</ul>\n";
    if (in_para) html += "</p>\n";
    in_list = in_para = false;
  };
  for (std::string_view line : Split(markdown, '\n')) {
    if (StartsWith(line, "```")) {
      if (!in_code) close_blocks();
      html += in_code ? "</pre>\n" : "<pre>";
      in_code = !in_code;
    } else if (in_code) {
      html += HtmlEscape(line) + "\n";
    } else if (Trim(line).empty()) {
      close_blocks();
    } else if (StartsWith(line, "#")) {
      close_blocks();
      size_t level = line.find_first_not_of('#');
      std::string tag = "h" + std::to_string(std::min<size_t>(level, 4) + 1);
      html += "<" + tag + ">" + Inline(Trim(line.substr(level))) + "</" + tag +
              ">\n";
    } else if (StartsWith(line, "- ")) {
      if (in_para) html += "</p>\n";
      in_para = false;
      if (!in_list) html += "<ul>\n";
      in_list = true;
      html += "<li>" + Inline(line.substr(2)) + "</li>\n";
    } else {
      if (!in_list && !in_para) html += "<p>";
      in_para = in_para || !in_list;
      html += Inline(line) + "\n";
    }
  }
  if (in_code) html += "</pre>\n";
  close_blocks();
  return html;
}

Result<std::string> RuleDocPage(const std::string& id) {
  if (!ValidId(id)) return Status::IoError(id, "not a rule id");
  std::string path = RuleDocPath(id);
  std::ifstream in(path);
  if (!in) return Status::IoError(id, "no documentation page");
  std::stringstream markdown;
  markdown << in.rdbuf();
  return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width\">"
         "<title>" +
         HtmlEscape(id) +
         " - maillint</title><style>body{font:16px/1.5 system-ui,sans-serif;"
         "max-width:46em;margin:2em auto;padding:0 1em;color:#222}"
         "code,pre{background:#f3f3f3;border-radius:3px}pre{padding:.6em;"
         "overflow:auto}</style></head><body><p><a href=\"/\">&larr; check "
         "a draft</a></p>\n" +
         MarkdownToHtml(markdown.str()) + "</body></html>\n";
}

}  // namespace maillint
