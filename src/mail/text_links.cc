#include "mail/text_links.h"

#include <re2/re2.h>

#include <algorithm>

namespace maillint {
namespace {

const RE2& UrlPattern() {
  static const RE2* pattern = new RE2(
      R"((?i)\b((?:https?|ftp)://[^\s<>"'\x{a0}]+|www\.[a-z0-9-]+\.[^\s<>"'\x{a0}]+))");
  return *pattern;
}

std::string_view TrimTrailingPunctuation(std::string_view url) {
  while (!url.empty()) {
    char c = url.back();
    if (c == ')') {
      size_t open = std::count(url.begin(), url.end(), '(');
      size_t close = std::count(url.begin(), url.end(), ')');
      if (close <= open) break;
    } else if (std::string_view(".,;:!?]}*_").find(c) ==
               std::string_view::npos) {
      break;
    }
    url.remove_suffix(1);
  }
  return url;
}

bool Overlaps(size_t begin, size_t end, const std::vector<Link>& links) {
  for (const Link& l : links) {
    if (begin < l.end && l.begin < end) return true;
  }
  return false;
}

}  // namespace

std::vector<Link> FindTextLinks(std::string_view text,
                                const std::vector<Link>& skip) {
  std::vector<Link> links;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  while (RE2::FindAndConsume(&input, UrlPattern(), &match)) {
    std::string_view url =
        TrimTrailingPunctuation(std::string_view(match.data(), match.size()));
    if (url.size() < 5) continue;
    size_t begin = static_cast<size_t>(url.data() - text.data());
    size_t end = begin + url.size();
    if (Overlaps(begin, end, skip)) continue;
    Link link;
    link.href = std::string(url);
    link.text = link.href;
    link.begin = begin;
    link.end = end;
    links.push_back(std::move(link));
  }
  return links;
}

}  // namespace maillint
