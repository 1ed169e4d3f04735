// The language family: its rules, in one list.
#include "rules/families.h"
#include "rules/language/mismatch.h"

namespace maillint {

void AddLanguageRules(RuleRegistry& registry) {
  registry.Add<LanguageMismatchRule>();
}

}  // namespace maillint
