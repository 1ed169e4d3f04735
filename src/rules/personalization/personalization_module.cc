// The personalization family: its rules, in one list.
#include "rules/families.h"

namespace maillint {

void AddPersonalizationRules(RuleRegistry& /*registry*/) {}

}  // namespace maillint
