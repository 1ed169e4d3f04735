// The turnaround family: its rules, in one list.
#include "rules/families.h"
#include "rules/turnaround/date_mismatch.h"
#include "rules/turnaround/late.h"
#include "rules/turnaround/late_draft.h"
#include "rules/turnaround/unanswered.h"

namespace maillint {

void AddTurnaroundRules(RuleRegistry& registry) {
  registry.Add<LateRule>();
  registry.Add<UnansweredRule>();
  registry.Add<LateDraftRule>();
  registry.Add<DateMismatchRule>();
}

}  // namespace maillint
