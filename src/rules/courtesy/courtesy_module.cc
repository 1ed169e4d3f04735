// The courtesy family: its rules, in one list.
#include "rules/courtesy/offer_help.h"
#include "rules/courtesy/thanks.h"
#include "rules/families.h"

namespace maillint {

void AddCourtesyRules(RuleRegistry& registry) {
  registry.Add<ThanksRule>();
  registry.Add<OfferHelpRule>();
}

}  // namespace maillint
