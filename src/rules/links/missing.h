#ifndef MAILLINT_SRC_RULES_LINKS_MISSING_H_
#define MAILLINT_SRC_RULES_LINKS_MISSING_H_

#include "lint/rule.h"

namespace maillint {

// Flags "see our website" or "the link below" when the reply has no link.
class MissingLinkRule : public Rule {
 public:
  static RuleInfo Info();
  explicit MissingLinkRule(const RuleContext& context);
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_LINKS_MISSING_H_
