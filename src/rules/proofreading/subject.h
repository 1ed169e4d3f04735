// proofreading.subject: problems of the Subject line: missing or empty,
// a chain of reply/forward prefixes ("RE: RE: FW:"), or written in ALL CAPS.
// The all-caps check is skipped on replies (a reply prefix): that subject
// was written by the person being answered.
#ifndef MAILLINT_SRC_RULES_PROOFREADING_SUBJECT_H_
#define MAILLINT_SRC_RULES_PROOFREADING_SUBJECT_H_

#include <string>
#include <vector>

#include "lint/rule.h"

namespace maillint {

class SubjectRule : public Rule {
 public:
  static RuleInfo Info();
  explicit SubjectRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_SUBJECT_H_
