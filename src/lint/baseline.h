// Baseline: findings already known, hidden from later runs.
//
//   maillint check --format json -o baseline.json drafts/
//   maillint check --baseline baseline.json drafts/   # only new findings
//
// The baseline file is a `check --format json` report. A finding is known
// when the baseline has a finding of the same message path (source.path),
// rule, message and excerpt; line numbers are not compared, so text added
// above a known finding does not bring it back. Each baseline finding hides
// one finding (two identical new findings against one known stay one).
// A message's verdict is computed from what remains.
//
// Thread-safe: Apply() may run concurrently; the counts are guarded.
#ifndef MAILLINT_SRC_LINT_BASELINE_H_
#define MAILLINT_SRC_LINT_BASELINE_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <tuple>

#include "base/result.h"
#include "lint/message_result.h"

namespace maillint {

class Baseline {
 public:
  // Reads `path`; fails with a message naming the file when it cannot be
  // read or is not a maillint JSON report.
  static Result<std::shared_ptr<Baseline>> Load(const std::string& path);

  // Removes the known findings from `result`.
  void Apply(MessageResult& result);

  size_t size() const { return total_; }

 private:
  using Key = std::tuple<std::string, std::string, std::string, std::string>;
  std::mutex mu_;
  std::map<Key, int> known_;  // (path, rule, message, excerpt) -> count
  size_t total_ = 0;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_BASELINE_H_
