// The personalization family (S3): its rules, in one list.
#include "rules/families.h"
#include "rules/personalization/off_topic.h"
#include "rules/personalization/template.h"

namespace maillint {

void AddPersonalizationRules(RuleRegistry& registry) {
  registry.Add<OffTopicRule>();
  registry.Add<TemplateReplyRule>();
}

}  // namespace maillint
