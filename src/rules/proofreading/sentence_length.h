// proofreading.sentence-length: sentences of the author's own text
// longer than the option MaxWords (default 40 words). Only sentences that
// end with terminal punctuation count, so addresses and lists joined into
// one line are not measured.
//
// Options: MaxWords (int, default 40).
#ifndef MAILLINT_SRC_RULES_PROOFREADING_SENTENCE_LENGTH_H_
#define MAILLINT_SRC_RULES_PROOFREADING_SENTENCE_LENGTH_H_

#include <string>
#include <vector>

#include "lint/rule.h"

namespace maillint {

class SentenceLengthRule : public Rule {
 public:
  static RuleInfo Info();
  explicit SentenceLengthRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;

 private:
  int max_words_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_SENTENCE_LENGTH_H_
