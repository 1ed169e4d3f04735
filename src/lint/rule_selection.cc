#include "lint/rule_selection.h"

#include "base/text.h"

namespace maillint {

RuleSelection::RuleSelection(std::vector<std::string> globs)
    : globs_(std::move(globs)) {}

bool RuleSelection::Selects(std::string_view rule_id) const {
  bool selected = true;
  for (const std::string& raw : globs_) {
    std::string_view glob = Trim(raw);
    bool negate = !glob.empty() && glob[0] == '-';
    if (negate) glob.remove_prefix(1);
    if (GlobMatch(glob, rule_id)) selected = !negate;
  }
  return selected;
}

bool GlobMatch(std::string_view glob, std::string_view text) {
  size_t g = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (g < glob.size() && (glob[g] == '?' || glob[g] == text[t])) {
      ++g;
      ++t;
    } else if (g < glob.size() && glob[g] == '*') {
      star = g++;
      mark = t;
    } else if (star != std::string_view::npos) {
      g = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

}  // namespace maillint
