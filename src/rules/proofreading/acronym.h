// proofreading.acronym: an acronym from a configurable list (IEP,
// ESSER, MTSS, ...) used in the author's own text without being spelled out
// anywhere in it. Silent when the quoted original uses the acronym too
// (the family already knows it). One finding per acronym, at its first use.
//
// Options: Acronyms (list of "ACRONYM=Expansion|Other expansion"; replaces
// the default list).
#ifndef MAILLINT_SRC_RULES_PROOFREADING_ACRONYM_H_
#define MAILLINT_SRC_RULES_PROOFREADING_ACRONYM_H_

#include <string>
#include <vector>

#include "lint/rule.h"

namespace maillint {

class AcronymRule : public Rule {
 public:
  static RuleInfo Info();
  explicit AcronymRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;

 private:
  struct Entry {
    std::string acronym;
    std::vector<std::string> expansions;  // lower-cased
    std::string shown;                    // the first expansion as written
  };
  std::vector<Entry> entries_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_ACRONYM_H_
