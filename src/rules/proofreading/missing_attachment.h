// proofreading.missing-attachment: the author's own text says a
// file is attached ("attached", "I've enclosed", "see the attachment",
// Spanish "adjunto", French "ci-joint", German "anbei", Portuguese
// "em anexo") but the message carries no attachment. Mentions in quoted
// text do not count, nor do mentions of the other person's attachment
// ("the form you attached") or negations ("I have not attached").
// Inline images (signature logos) are not attachments.
#ifndef MAILLINT_SRC_RULES_PROOFREADING_MISSING_ATTACHMENT_H_
#define MAILLINT_SRC_RULES_PROOFREADING_MISSING_ATTACHMENT_H_

#include <string>
#include <vector>

#include "lint/rule.h"

namespace maillint {

class MissingAttachmentRule : public Rule {
 public:
  static RuleInfo Info();
  explicit MissingAttachmentRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_MISSING_ATTACHMENT_H_
