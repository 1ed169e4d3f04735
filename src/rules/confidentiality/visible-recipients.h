// confidentiality.visible-recipients: too many outside addresses are visible
// to each other in To/Cc.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_VISIBLE_RECIPIENTS_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_VISIBLE_RECIPIENTS_H_

#include "lint/rule.h"

namespace maillint {

class VisibleRecipientsRule : public Rule {
 public:
  static RuleInfo Info();
  explicit VisibleRecipientsRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_VISIBLE_RECIPIENTS_H_
