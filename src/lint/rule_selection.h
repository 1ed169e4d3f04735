// RuleSelection: clang-tidy style glob lists choosing rules by id.
//
// Globs are applied in order; "-" negates. "*" matches any run of characters.
// An empty list selects every rule. Example: {"-*", "greeting.*"} selects
// only the greeting family; {"-proofreading.spelling"} all but one rule.
#ifndef MAILLINT_SRC_LINT_RULE_SELECTION_H_
#define MAILLINT_SRC_LINT_RULE_SELECTION_H_

#include <string>
#include <string_view>
#include <vector>

namespace maillint {

class RuleSelection {
 public:
  explicit RuleSelection(std::vector<std::string> globs);
  bool Selects(std::string_view rule_id) const;

 private:
  std::vector<std::string> globs_;
};

// Shell-style match of `text` against `glob` with '*' and '?'.
bool GlobMatch(std::string_view glob, std::string_view text);

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_RULE_SELECTION_H_
