// One entry point per rule family (the family's module file lists its
// rules). rules/all_rules.cc calls them all, in one visible table.
#ifndef MAILLINT_SRC_RULES_FAMILIES_H_
#define MAILLINT_SRC_RULES_FAMILIES_H_

#include "lint/rule_registry.h"

namespace maillint {

// Fills `registry` with every built-in rule (all_rules.cc).
void AddBuiltinRules(RuleRegistry& registry);

void AddGreetingRules(RuleRegistry& registry);
void AddPersonalizationRules(RuleRegistry& registry);
void AddLinksRules(RuleRegistry& registry);
void AddProofreadingRules(RuleRegistry& registry);
void AddLanguageRules(RuleRegistry& registry);
void AddConfidentialityRules(RuleRegistry& registry);
void AddTurnaroundRules(RuleRegistry& registry);
void AddToneRules(RuleRegistry& registry);
void AddCourtesyRules(RuleRegistry& registry);
void AddReferralRules(RuleRegistry& registry);
void AddOutOfOfficeRules(RuleRegistry& registry);
void AddSignatureRules(RuleRegistry& registry);
void AddCommitmentsRules(RuleRegistry& registry);

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_FAMILIES_H_
