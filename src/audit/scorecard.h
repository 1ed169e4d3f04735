// Scorecard: how each scored staff message meets each service standard
// S1..S15 (../shared/standards.md), and the roll-ups per staff member, per
// department and for the whole district.
//
// PER MESSAGE AND STANDARD
//   n/a     no rule of the standard applies to the message
//   pass    rules applied, no finding of the standard
//   pass with N warnings
//           findings, none at or above fail_on (the verdict `check` gives)
//   fail    a finding at or above fail_on
//   Each result keeps its finding counts by severity.
//
// MESSAGE SCORE (0..100)
//   100 * sum(weight * credit) / sum(weight) over the applicable standards;
//   credit is 1 for pass, 0.5 for pass with warnings, 0 for fail. Weights
//   come from audit.weights (default 1). A finding at warning or above in an
//   auto-fail standard (audit.auto_fail, default S6 confidentiality) scores
//   the message 0 and marks it auto-failed. No applicable standard: no score.
//
// WHICH MESSAGES ARE SCORED
//   Staff replies (to an external address) and forwards that leave the
//   organization. Internal notes and internal forwards are checked and listed
//   but never scored against their author. S1 (turnaround) comes from the
//   turnaround outcomes: in time = pass, late or unanswered = fail, waiting
//   = n/a, counted for the staff member the outcome is attributed to
//   (audit/audit_stats.h).
//
// ROLL-UPS
//   For a group: messages scored, mean score, auto-failed messages, and per
//   standard the count of each result. Department of an address: the first
//   audit.departments entry naming the address or its domain ("@domain",
//   also matching subdomains), else "(unassigned)".
#ifndef MAILLINT_SRC_AUDIT_SCORECARD_H_
#define MAILLINT_SRC_AUDIT_SCORECARD_H_

#include <array>
#include <map>
#include <string>
#include <vector>

#include "base/config.h"
#include "lint/finding.h"

namespace maillint {

inline constexpr int kStandardCount = 15;

// 0..14 (StandardIndex in lint/config.h) -> "S1".."S15".
std::string StandardName(int index);

enum class StandardStatus { kNotApplicable, kPass, kPassWithWarnings, kFail };
// "n/a", "pass", "pass-with-warnings", "fail".
const char* StandardStatusName(StandardStatus status);

// The result of one standard on one message.
struct StandardResult {
  bool applicable = false;
  int counts[3] = {0, 0, 0};  // findings by Severity
  StandardStatus Status(Severity fail_on) const;
};

using StandardResults = std::array<StandardResult, kStandardCount>;

// Weights and auto-fail standards from the configuration.
struct ScoreSettings {
  std::array<double, kStandardCount> weights;
  std::array<bool, kStandardCount> auto_fail{};
  Severity fail_on = Severity::kError;
  static ScoreSettings FromConfig(const Config& config);
};

struct MessageScore {
  bool scored = false;  // some standard applied
  double score = 0;     // 0..100
  bool auto_failed = false;
};

MessageScore ScoreMessage(const StandardResults& results,
                          const ScoreSettings& settings);

// One group's roll-up (a staff member, a department, the district).
struct ScoreRollup {
  int messages = 0;  // scored messages
  double score_sum = 0;
  int auto_failed = 0;
  // [standard][StandardStatus] message counts.
  std::array<std::array<int, 4>, kStandardCount> by_standard{};

  // A scored message. Its S1 result is not counted here: S1 in a roll-up
  // counts turnaround outcomes (AddTurnaround).
  void Add(const StandardResults& results, const MessageScore& score,
           Severity fail_on);
  // Adds another group's counts (a department is the sum of its staff).
  void Merge(const ScoreRollup& other);
  // An S1 (turnaround) result for this group, from an outcome.
  void AddTurnaround(StandardStatus status);
  // Mean message score; NaN when no message was scored.
  double MeanScore() const;
  // Share of applicable results that pass (with or without warnings) for
  // `standard`; NaN when none applied.
  double PassRate(int standard) const;
};

// Department of a lower-case address (see ROLL-UPS).
std::string DepartmentOf(const Config& config, const std::string& address);

}  // namespace maillint

#endif  // MAILLINT_SRC_AUDIT_SCORECARD_H_
