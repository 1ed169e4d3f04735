#ifndef MAILLINT_SRC_RULES_GREETING_NAME_MISMATCH_H_
#define MAILLINT_SRC_RULES_GREETING_NAME_MISMATCH_H_

#include "lint/rule.h"

namespace maillint {

// Flags a greeting that names someone other than the recipient.
class NameMismatchRule : public Rule {
 public:
  static RuleInfo Info();
  explicit NameMismatchRule(const RuleContext& context);
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_GREETING_NAME_MISMATCH_H_
