// The out-of-office family: its rules, in one list.
#include "rules/families.h"
#include "rules/out-of-office/alternate_contact.h"
#include "rules/out-of-office/return_date.h"

namespace maillint {

void AddOutOfOfficeRules(RuleRegistry& registry) {
  registry.Add<ReturnDateRule>();
  registry.Add<AlternateContactRule>();
}

}  // namespace maillint
