// proofreading.placeholder: template leftovers ("[NAME]", "{{first_name}}").
#ifndef MAILLINT_SRC_RULES_PROOFREADING_PLACEHOLDER_H_
#define MAILLINT_SRC_RULES_PROOFREADING_PLACEHOLDER_H_

#include <string_view>
#include <vector>

#include "lint/rule.h"

namespace maillint {

// One finding per placeholder in the subject and in the author's greeting,
// new text and closing: bracketed template fields ("[NAME]", "[insert
// date]", "[Student's name]", "[nombre]"), "<insert date>", mail-merge
// fields ("{{first_name}}", "%FIRST_NAME%", "«Name»"), "XXX" runs, TBD/TBA in
// brackets, and "Lorem ipsum". Quoted history, signatures and disclaimers
// are not checked. Gateway subject tags such as "[EXTERNAL]" are not
// placeholders.
class PlaceholderRule : public Rule {
 public:
  static RuleInfo Info();
  explicit PlaceholderRule(const RuleContext&) : Rule(Info()) {}
  void Check(CheckContext& ctx) const override;
};

struct TextRange {
  size_t begin = 0;
  size_t end = 0;
};

// Byte ranges of the placeholders in `text`.
std::vector<TextRange> FindPlaceholders(std::string_view text);

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_PLACEHOLDER_H_
