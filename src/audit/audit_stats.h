// Audit statistics: response times and rule results, for the whole mailbox
// and per staff member.
//
// ATTRIBUTION
//   An answered or late inbound message counts for the staff member who
//   replied. An unanswered or waiting one counts for every staff address it
//   was sent to (To or Cc). Rule results ("the other rules": every family
//   but turnaround) and scorecards count for the author of each scored
//   message (audit/scorecard.h: staff replies and forwards that leave the
//   organization; internal notes and internal forwards are not scored).
//   Departments roll up their staff (audit.departments); the district rolls
//   up every scored message and every outcome once.
//
// PERCENTILES
//   Median and 90th percentile of the counted response hours of answered
//   messages (in time and late), linearly interpolated between ranks
//   (p * (n - 1)); NaN when nothing was answered.
#ifndef MAILLINT_SRC_AUDIT_AUDIT_STATS_H_
#define MAILLINT_SRC_AUDIT_AUDIT_STATS_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "audit/audit_run.h"

namespace maillint {

struct ResponseStats {
  int inbound = 0;
  int answered = 0;  // with a staff reply, in time or late
  int answered_in_time = 0;
  int late = 0;
  int unanswered = 0;
  int waiting = 0;
  std::vector<double> hours;  // counted hours of answered messages
  double median = 0;          // NaN when `hours` is empty
  double p90 = 0;
};

struct RuleQuality {
  int checked = 0;  // scored staff messages checked with every rule
  int passed = 0;   // of those, without a non-turnaround finding at fail-on
  // Of the passed, those with a non-turnaround warning below fail-on (the
  // "pass (N warnings)" of `check`).
  int passed_with_warnings = 0;
  std::map<std::string, int> violations;  // rule id -> findings
  // pass rate in [0, 1]; NaN when nothing was checked.
  double PassRate() const;
  // The `limit` most frequent rule ids, most frequent first.
  std::vector<std::pair<std::string, int>> Top(size_t limit) const;
};

struct StaffStats {
  std::string address;
  std::string name;
  std::string department;
  ResponseStats responses;
  RuleQuality quality;
  ScoreRollup scorecard;
};

struct AuditStats {
  int messages = 0;
  std::map<MailKind, int> by_kind;
  ResponseStats responses;
  RuleQuality quality;
  ScoreRollup scorecard;          // the district
  std::vector<StaffStats> staff;  // by address
  std::map<std::string, ScoreRollup> departments;
  int late_by_weekday_hour[7][24] = {};  // inbound time of late/unanswered
};

AuditStats ComputeStats(const AuditData& data, const Config& config,
                        const BusinessClock& clock);

// Interpolated percentile of `values` (unsorted); NaN when empty.
double Percentile(std::vector<double> values, double p);

}  // namespace maillint

#endif  // MAILLINT_SRC_AUDIT_AUDIT_STATS_H_
