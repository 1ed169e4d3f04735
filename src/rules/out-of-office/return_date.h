// out-of-office.return-date (S11): an auto-reply that does not say when the
// writer is back.
#ifndef MAILLINT_SRC_RULES_OUT_OF_OFFICE_RETURN_DATE_H_
#define MAILLINT_SRC_RULES_OUT_OF_OFFICE_RETURN_DATE_H_

#include "lint/rule.h"

namespace maillint {

// Applies to auto-replies only (auto_reply.h). Fires once when the body's
// own text names no date or day (base/date_mentions.h MentionsDay).
class ReturnDateRule : public Rule {
 public:
  static RuleInfo Info();
  explicit ReturnDateRule(const RuleContext&) : Rule(Info()) {}
  bool AppliesTo(const Message& message) const override;
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_OUT_OF_OFFICE_RETURN_DATE_H_
