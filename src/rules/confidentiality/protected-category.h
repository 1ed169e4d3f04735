// confidentiality.protected-category: FERPA-protected information about an
// identified student goes to an outside address.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_PROTECTED_CATEGORY_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_PROTECTED_CATEGORY_H_

#include "lint/rule.h"
#include "rules/confidentiality/detectors.h"

namespace maillint {

class ProtectedCategoryRule : public Rule {
 public:
  static RuleInfo Info();
  explicit ProtectedCategoryRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;

 private:
  confidentiality::StudentIdFinder student_ids_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_PROTECTED_CATEGORY_H_
