#ifndef MAILLINT_SRC_RULES_PERSONALIZATION_OFF_TOPIC_H_
#define MAILLINT_SRC_RULES_PERSONALIZATION_OFF_TOPIC_H_

#include "lint/rule.h"

namespace maillint {

// Flags a reply that shares no content word with the question it answers.
class OffTopicRule : public Rule {
 public:
  static RuleInfo Info();
  explicit OffTopicRule(const RuleContext& context);
  void Check(CheckContext& ctx) const override;

 private:
  int min_reply_words_;     // shorter replies are acknowledgements
  int min_question_words_;  // shorter questions say too little to compare
  int min_shared_;          // content words the two must share
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PERSONALIZATION_OFF_TOPIC_H_
