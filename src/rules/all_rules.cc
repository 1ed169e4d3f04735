// Every built-in rule family, in one explicit list (no static registration).
#include "lint/rule_registry.h"
#include "rules/families.h"

namespace maillint {

void AddBuiltinRules(RuleRegistry& registry) {
  AddGreetingRules(registry);
  AddPersonalizationRules(registry);
  AddLinksRules(registry);
  AddProofreadingRules(registry);
  AddLanguageRules(registry);
  AddConfidentialityRules(registry);
  AddTurnaroundRules(registry);
  AddToneRules(registry);
  AddCourtesyRules(registry);
  AddReferralRules(registry);
  AddOutOfOfficeRules(registry);
  AddSignatureRules(registry);
  AddCommitmentsRules(registry);
}

}  // namespace maillint
