#include "rules/confidentiality/text_scan.h"

#include <algorithm>
#include <cctype>

namespace maillint::confidentiality {

void ForEachMatch(const RE2& re, std::string_view text,
                  const std::function<void(const MatchGroups&)>& fn) {
  int groups = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> match(static_cast<size_t>(groups));
  size_t pos = 0;
  re2::StringPiece input(text.data(), text.size());
  while (pos <= text.size() &&
         re.Match(input, pos, text.size(), RE2::UNANCHORED, match.data(),
                  groups)) {
    MatchGroups out;
    for (const auto& g : match) out.emplace_back(g.data(), g.size());
    fn(out);
    size_t end =
        static_cast<size_t>(match[0].data() - text.data()) + match[0].size();
    pos = match[0].empty() ? end + 1 : end;
  }
}

bool KeywordNear(const RE2& re, std::string_view text, size_t begin, size_t end,
                 size_t before, size_t after) {
  size_t from = begin > before ? begin - before : 0;
  std::string_view head = text.substr(from, begin - from);
  size_t blank = head.rfind("\n\n");
  if (blank != std::string_view::npos) head.remove_prefix(blank + 2);
  std::string_view tail = text.substr(end, after);
  tail = tail.substr(0, tail.find("\n\n"));
  return RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), re) ||
         RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), re);
}

bool IsWordByte(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  unsigned char c = static_cast<unsigned char>(text[pos]);
  return std::isalnum(c) || c == '_' || c >= 0x80;
}

bool StandsAlone(std::string_view text, size_t begin, size_t end) {
  auto digit_at = [&](size_t i) {
    return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]));
  };
  if (begin > 0) {
    char b = text[begin - 1];
    if (IsWordByte(text, begin - 1) || b == '-' || b == '/' || b == '+' ||
        b == '$' || b == '=') {
      return false;
    }
    if ((b == '.' || b == ',') && begin >= 2 && digit_at(begin - 2))
      return false;
  }
  if (end < text.size()) {
    char a = text[end];
    if (IsWordByte(text, end) || a == '/' || a == '%') return false;
    if ((a == '-' || a == '.' || a == ',') && digit_at(end + 1)) return false;
  }
  return true;
}

}  // namespace maillint::confidentiality
