#ifndef MAILLINT_SRC_RULES_GREETING_GENERIC_H_
#define MAILLINT_SRC_RULES_GREETING_GENERIC_H_

#include "lint/rule.h"

namespace maillint {

// Flags a generic salutation ("Dear parent/guardian", "Hello,") in a
// one-to-one reply to someone whose name is known.
class GenericGreetingRule : public Rule {
 public:
  static RuleInfo Info();
  explicit GenericGreetingRule(const RuleContext& context);
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_GREETING_GENERIC_H_
