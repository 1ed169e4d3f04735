// Patterns of declarative rules: validation against RE2 and a memory budget,
// and PatternSet, which finds which of many patterns occur in a text in one
// pass (RE2::Set), so adding rules does not add passes over a message.
//
// BUDGETS
//   Every pattern is compiled with kPatternMaxMem; one that does not fit is a
//   configuration error (it would be slow or huge). All patterns of one scope
//   share one RE2::Set compiled with kScopeSetMaxMem. If matching the set
//   runs out of DFA memory on some text, PatternSet falls back to the
//   individual patterns for that text (same answer, more passes).
//
// THREAD SAFETY
//   A compiled PatternSet is immutable; Match() may run concurrently.
#ifndef MAILLINT_SRC_LINT_PATTERN_SET_H_
#define MAILLINT_SRC_LINT_PATTERN_SET_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace maillint {

inline constexpr int64_t kPatternMaxMem = int64_t{2} << 20;    // 2 MiB
inline constexpr int64_t kScopeSetMaxMem = int64_t{64} << 20;  // 64 MiB

enum class PatternProblem {
  kNone,
  kUnsupported,  // valid in Perl/PCRE/.NET but not RE2 (lookaround, \1, ...)
  kMalformed,    // invalid in every flavour: unbalanced (, bad class, ...
  kTooLarge,     // exceeds kPatternMaxMem
};

struct PatternCheck {
  PatternProblem problem = PatternProblem::kNone;
  std::string reason;  // human-readable; empty when kNone
};

// Compiles `regex` (RE2 syntax, UTF-8) under kPatternMaxMem and classifies
// any failure.
PatternCheck CheckPattern(const std::string& regex);

// Compiles `regex` with the budget; null when CheckPattern would fail.
std::shared_ptr<const RE2> CompilePattern(const std::string& regex);

class PatternSet {
 public:
  PatternSet();
  // Adds a pattern that passed CheckPattern; returns its index in Match().
  int Add(const std::string& regex);
  // Fails (kInvalidConfig without location) when the patterns together
  // exceed kScopeSetMaxMem.
  Status Compile();
  // hits->at(i) is set for each pattern i occurring in `text`.
  void Match(std::string_view text, std::vector<bool>* hits) const;
  int size() const { return static_cast<int>(patterns_.size()); }

 private:
  std::unique_ptr<RE2::Set> set_;
  std::vector<std::shared_ptr<const RE2>> patterns_;  // fallback
  bool compiled_ = false;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_PATTERN_SET_H_
