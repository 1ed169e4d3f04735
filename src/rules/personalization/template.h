// personalization.template: the same reply text sent to many families.
#ifndef MAILLINT_SRC_RULES_PERSONALIZATION_TEMPLATE_H_
#define MAILLINT_SRC_RULES_PERSONALIZATION_TEMPLATE_H_

#include "lint/rule.h"

namespace maillint {

// Only `maillint audit` sees this: fires on a staff reply whose new text
// (greeting left out; folded for case, accents and punctuation) went
// unchanged to at least `MinRecipients` different recipients in the mailbox.
class TemplateReplyRule : public Rule {
 public:
  static RuleInfo Info();
  explicit TemplateReplyRule(const RuleContext& context);
  void Check(CheckContext& ctx) const override;

 private:
  int min_recipients_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PERSONALIZATION_TEMPLATE_H_
