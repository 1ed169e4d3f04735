#ifndef MAILLINT_SRC_RULES_LINKS_MISMATCH_H_
#define MAILLINT_SRC_RULES_LINKS_MISMATCH_H_

#include "lint/rule.h"

namespace maillint {

// Flags link text that shows one address while the link goes to another.
class LinkMismatchRule : public Rule {
 public:
  static RuleInfo Info();
  explicit LinkMismatchRule(const RuleContext& context);
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_LINKS_MISMATCH_H_
