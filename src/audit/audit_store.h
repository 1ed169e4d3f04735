// AuditStore: `audit --store FILE`, an SQLite database that keeps every
// run's per-message results, so that the report can show trends.
//
// SCHEMA (meta.schema_version = 1)
//   messages(message_id TEXT PRIMARY KEY, time INTEGER, week TEXT,
//            author TEXT, department TEXT, kind TEXT, score REAL,
//            auto_failed INTEGER, standards TEXT)
//     one row per scored staff message; `standards` has 15 characters, one
//     per S1..S15: '-' n/a, 'p' pass, 'w' pass with warnings, 'f' fail.
//   outcomes(message_id TEXT PRIMARY KEY, time INTEGER, week TEXT,
//            status TEXT, staff TEXT)
//     one row per inbound message with a turnaround outcome; `staff` is the
//     replier (empty when unanswered).
//   `week` is the Monday (YYYY-MM-DD, organization time zone) of the week
//   the message was sent.
//
// IDEMPOTENT AND TRANSACTIONAL
//   Rows are keyed by Message-ID and replaced when a later run sees the same
//   message again, so re-auditing a mailbox (or an overlapping export) does
//   not count anything twice; messages without a Message-ID are not stored.
//   One run is one transaction: a run killed before COMMIT leaves the file
//   as it was (SQLite's rollback journal).
//
// Errors name the file: kIoError when it cannot be opened or written,
// kInvalidArgument when it is not a maillint store.
#ifndef MAILLINT_SRC_AUDIT_AUDIT_STORE_H_
#define MAILLINT_SRC_AUDIT_AUDIT_STORE_H_

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "audit/audit_run.h"
#include "audit/audit_stats.h"
#include "base/status.h"

namespace maillint {

// Week-over-week values read back from a store; NaN where a week has no
// data.
struct AuditTrends {
  struct Series {
    std::string name;  // "S5", or a staff address
    std::vector<double> values;
  };
  std::vector<std::string> weeks;  // Mondays, oldest first
  std::vector<Series> standards;   // pass rate per standard that has data
  std::vector<Series> staff;       // mean score / 100 per staff member
};

// Appends (replaces by Message-ID) the run's scored messages and outcomes.
// `stored` (optional) receives the number of rows written.
Status AppendToStore(const std::string& path, const AuditData& data,
                     const Config& config, const BusinessClock& clock,
                     int* stored = nullptr);

// Trends over the stored messages sent in [since, until].
Result<AuditTrends> ReadTrends(
    const std::string& path,
    int64_t since = std::numeric_limits<int64_t>::min(),
    int64_t until = std::numeric_limits<int64_t>::max());

}  // namespace maillint

#endif  // MAILLINT_SRC_AUDIT_AUDIT_STORE_H_
