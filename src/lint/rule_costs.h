// RuleCosts: where the time of a run goes, rule by rule (`check
// --profile-rules`).
//
// The runner adds the wall time of every rule's Check() and of building each
// message's anatomy. The parts of the analysis that are computed lazily
// (own text, words, languages, ...) are charged to the first rule that asks
// for them, so a rule's share includes the shared work it triggered first;
// rules are run in a fixed order, so the charge is the same for every
// message.
//
// Thread-safe: workers add concurrently.
#ifndef MAILLINT_SRC_LINT_RULE_COSTS_H_
#define MAILLINT_SRC_LINT_RULE_COSTS_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace maillint {

class RuleCosts {
 public:
  // `names` are the rules in run order; "anatomy" is added in front.
  explicit RuleCosts(std::vector<std::string> names);

  // Index 0 is the anatomy; rule i of the run is index i + 1.
  void Add(size_t index, int64_t nanoseconds) {
    nanos_[index].fetch_add(nanoseconds, std::memory_order_relaxed);
  }

  // A table sorted by cost: share of the total, milliseconds, name.
  void Print(std::ostream& out) const;

 private:
  std::vector<std::string> names_;
  std::unique_ptr<std::atomic<int64_t>[]> nanos_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_RULE_COSTS_H_
