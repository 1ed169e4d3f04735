// The personalization family (S3): its rules, in one list.
#include "rules/families.h"
#include "rules/personalization/off_topic.h"

namespace maillint {

void AddPersonalizationRules(RuleRegistry& registry) {
  registry.Add<OffTopicRule>();
}

}  // namespace maillint
