#ifndef MAILLINT_SRC_RULES_LINKS_INSECURE_H_
#define MAILLINT_SRC_RULES_LINKS_INSECURE_H_

#include "lint/rule.h"

namespace maillint {

// Flags http:// links to an organization domain that serves https.
class InsecureRule : public Rule {
 public:
  static RuleInfo Info();
  explicit InsecureRule(const RuleContext& context);
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_LINKS_INSECURE_H_
