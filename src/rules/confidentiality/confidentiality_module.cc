// The confidentiality family: its rules, in one list.
#include "rules/families.h"

namespace maillint {

void AddConfidentialityRules(RuleRegistry& /*registry*/) {}

}  // namespace maillint
