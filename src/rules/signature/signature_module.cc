// The signature family: its rules, in one list.
#include "rules/families.h"
#include "rules/signature/incomplete.h"

namespace maillint {

void AddSignatureRules(RuleRegistry& registry) {
  registry.Add<SignatureIncompleteRule>();
}

}  // namespace maillint
