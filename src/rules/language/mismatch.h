// language.mismatch: the reply is not in the language of the message it
// answers (an English reply to a Spanish message).
//
// Compares the CLD2 language of the author's own text with that of the
// quoted original (Anatomy::original, else the quote). Silent unless both
// detections are reliable and each text has at least MinLetters letters
// scored by CLD2 (default 80); silent too when either text is mixed and the
// other's language makes up at least 20% of it (bilingual replies).
//
// Options: MinLetters (int, default 80).
#ifndef MAILLINT_SRC_RULES_LANGUAGE_MISMATCH_H_
#define MAILLINT_SRC_RULES_LANGUAGE_MISMATCH_H_

#include "lint/rule.h"

namespace maillint {

class LanguageMismatchRule : public Rule {
 public:
  static RuleInfo Info();
  explicit LanguageMismatchRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;

 private:
  int min_letters_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_LANGUAGE_MISMATCH_H_
