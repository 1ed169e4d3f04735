// proofreading.readability: the Flesch-Kincaid grade of the author's
// English text is above Config::proofreading.max_grade (default 10, for
// family mail); the finding points at the longest sentence and names the
// longest ones. Words and sentences come from ICU BreakIterator (text_units.h),
// syllables from the heuristic in readability_math.h. Texts shorter than
// MinWords (default 80) or MinSentences (default 3), and texts not detected
// as English, are not judged.
//
// Options: MinWords (int, default 80), MinSentences (int, default 3).
#ifndef MAILLINT_SRC_RULES_PROOFREADING_READABILITY_H_
#define MAILLINT_SRC_RULES_PROOFREADING_READABILITY_H_

#include <string>
#include <vector>

#include "lint/rule.h"

namespace maillint {

class ReadabilityRule : public Rule {
 public:
  static RuleInfo Info();
  explicit ReadabilityRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;

 private:
  double max_grade_;
  int min_words_;
  int min_sentences_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_READABILITY_H_
