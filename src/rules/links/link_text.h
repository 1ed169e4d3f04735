#ifndef MAILLINT_SRC_RULES_LINKS_LINK_TEXT_H_
#define MAILLINT_SRC_RULES_LINKS_LINK_TEXT_H_

#include "lint/rule.h"

namespace maillint {

// Flags link text such as "click here" that does not say where the link goes.
class LinkTextRule : public Rule {
 public:
  static RuleInfo Info();
  explicit LinkTextRule(const RuleContext& context);
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_LINKS_LINK_TEXT_H_
