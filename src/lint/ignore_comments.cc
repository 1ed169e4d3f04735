#include "lint/ignore_comments.h"

#include <re2/re2.h>

#include <algorithm>

#include "base/text.h"
#include "lint/rule_selection.h"

namespace maillint {
namespace {

const RE2& DirectiveRe() {
  static const RE2 re(R"re(maillint-ignore:[ \t]*([^\n<>]*))re");
  return re;
}

struct Span {
  size_t begin, end;
};

// Calls f(list, begin, end) for every directive in `text`.
template <typename F>
void ForEachDirective(std::string_view text, F f) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece whole, list;
  size_t pos = 0;
  while (pos < text.size() && DirectiveRe().Match(input, pos, text.size(),
                                                  RE2::UNANCHORED, &whole, 1)) {
    RE2::PartialMatch(whole, DirectiveRe(), &list);
    size_t begin = static_cast<size_t>(whole.data() - text.data());
    f(std::string_view(list.data(), list.size()), begin, begin + whole.size());
    pos = begin + std::max<size_t>(whole.size(), 1);
  }
}

void AddDirectives(std::string_view list, std::vector<IgnoreDirective>& out) {
  for (std::string_view item : Split(list, ',')) {
    item = Trim(item);
    // "-->" closing an HTML comment on the same line is not part of a rule.
    while (!item.empty() && (item.back() == '-' || item.back() == ' '))
      item.remove_suffix(1);
    if (item.empty()) continue;
    size_t eq = item.find('=');
    IgnoreDirective d;
    d.rule_glob = std::string(Trim(item.substr(0, eq)));
    if (eq != std::string_view::npos)
      d.text = std::string(Trim(item.substr(eq + 1)));
    if (!d.rule_glob.empty()) out.push_back(std::move(d));
  }
}

bool Accepts(const IgnoreDirective& d, const Message& message,
             const Finding& f) {
  if (!GlobMatch(d.rule_glob, f.rule_id)) return false;
  if (d.text.empty()) return true;
  if (f.where.kind != Location::Kind::kBody) return false;
  const std::string& text = message.body.text;
  if (f.where.end > text.size() || f.where.begin > f.where.end) return false;
  return EqualsIgnoreCase(
      std::string_view(text).substr(f.where.begin, f.where.end - f.where.begin),
      d.text);
}

}  // namespace

std::vector<IgnoreDirective> FindIgnoreDirectives(const Message& message) {
  std::vector<IgnoreDirective> out;
  auto add = [&](std::string_view list, size_t, size_t) {
    AddDirectives(list, out);
  };
  ForEachDirective(message.body.text, add);
  ForEachDirective(message.body.html, add);
  return out;
}

void ApplyIgnoreComments(const Message& message,
                         std::vector<Finding>& findings) {
  if (message.body.text.find("maillint-ignore") == std::string::npos &&
      message.body.html.find("maillint-ignore") == std::string::npos) {
    return;
  }
  std::vector<IgnoreDirective> directives = FindIgnoreDirectives(message);
  std::vector<Span> comments;
  ForEachDirective(message.body.text,
                   [&](std::string_view, size_t b, size_t e) {
                     comments.push_back({b, e});
                   });
  auto hidden = [&](const Finding& f) {
    if (StartsWith(f.rule_id, "input.")) return false;
    if (f.where.kind == Location::Kind::kBody) {
      for (const Span& c : comments) {
        if (f.where.begin >= c.begin && f.where.end <= c.end) return true;
      }
    }
    return std::any_of(
        directives.begin(), directives.end(),
        [&](const IgnoreDirective& d) { return Accepts(d, message, f); });
  };
  findings.erase(std::remove_if(findings.begin(), findings.end(), hidden),
                 findings.end());
}

}  // namespace maillint
