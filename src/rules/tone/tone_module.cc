// The tone family: its C++ rules, in one list. Phrase lists live in the
// district pack (rules/tone/*.yml).
#include "rules/families.h"
#include "rules/tone/negative_without_option.h"

namespace maillint {

void AddToneRules(RuleRegistry& registry) {
  registry.Add<NegativeWithoutOptionRule>();
}

}  // namespace maillint
