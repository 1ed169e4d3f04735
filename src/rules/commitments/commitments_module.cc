// The commitments family: its rules, in one list.
#include "rules/commitments/no_time_frame.h"
#include "rules/commitments/past_date_upcoming.h"
#include "rules/families.h"

namespace maillint {

void AddCommitmentsRules(RuleRegistry& registry) {
  registry.Add<NoTimeFrameRule>();
  registry.Add<PastDateUpcomingRule>();
}

}  // namespace maillint
