// confidentiality.multiple-families: a message about a named student goes to
// more than one family.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_MULTIPLE_FAMILIES_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_MULTIPLE_FAMILIES_H_

#include "lint/rule.h"
#include "rules/confidentiality/detectors.h"

namespace maillint {

class MultipleFamiliesRule : public Rule {
 public:
  static RuleInfo Info();
  explicit MultipleFamiliesRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;

 private:
  confidentiality::StudentIdFinder student_ids_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_MULTIPLE_FAMILIES_H_
