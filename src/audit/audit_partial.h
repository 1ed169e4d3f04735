// Partial audit results: `audit --shard K/N` writes one, `audit merge`
// combines them into the report a single run over every mailbox gives.
//
// SHARDS
//   The PATH arguments are numbered 0..P-1 in the order given; shard K of N
//   (1-based) takes the paths whose number p has p % N == K - 1. Every shard
//   must be given the same paths in the same order (and the same
//   configuration and --as-of); the partial records them and merge refuses
//   partials of different runs.
//
// FILE (JSON, "maillint-audit-partial" version 1)
//   { "format", "version", "paths", "shards", "covered": [shard numbers],
//     "domains",
//     "as_of", "limit_hours", "clock", "timezone", "excluded",
//     "read_errors": [[path number, text]], "records": [ {path number,
//     the MailRecord fields, "check": {the RecordCheck fields}} ] }
//   Written to FILE.tmp.<pid> and renamed over FILE, so a reader sees the
//   old file or the whole new one, never half of one.
//
// MERGE
//   Records are put back in input order (path number, then the order read),
//   then threaded and measured again (ThreadAndMeasure) over all of them; rule
//   findings are those of the shard runs. Merging is associative and
//   order-independent: merging partials, or merges of partials (MergePartials
//   of merged partials), in any order gives the same data. Equal to a single
//   run when no conversation spans two PATH arguments (rules see the thread
//   within their shard).
#ifndef MAILLINT_SRC_AUDIT_AUDIT_PARTIAL_H_
#define MAILLINT_SRC_AUDIT_AUDIT_PARTIAL_H_

#include <optional>
#include <string>
#include <vector>

#include "audit/audit_run.h"
#include "base/result.h"

namespace maillint {

struct ShardSpec {
  int index = 1;  // 1-based
  int count = 1;
};

// "K/N" (1 <= K <= N), or, with `text` empty, the index from the
// environment: SLURM_ARRAY_TASK_ID (with SLURM_ARRAY_TASK_MIN, default 0 ->
// shard 1) or JOB_COMPLETION_INDEX (0-based), and N from "/N" or
// SLURM_ARRAY_TASK_COUNT. `text` may also be "K" alone with N from the
// environment, or "/N" with K from it.
Result<ShardSpec> ParseShard(const std::string& text);

// The path numbers of shard `spec` among `paths`.
std::vector<int> ShardPaths(size_t paths, const ShardSpec& spec);

struct AuditPartial {
  std::vector<std::string> paths;
  int shards = 1;
  std::vector<int> covered;          // sorted shard numbers
  std::vector<std::string> domains;  // organization.domains of the run
  AuditData data;  // index and outcomes not filled (ThreadAndMeasure)
};

// Writes `partial` atomically to `file`.
Status WritePartial(const AuditPartial& partial, const std::string& file);
Result<AuditPartial> ReadPartial(const std::string& file);

// Combines partials of one run (same paths and shard count, disjoint
// shards). Fails naming the file that does not fit.
Result<AuditPartial> MergePartials(const std::vector<AuditPartial>& parts,
                                   const std::vector<std::string>& files);

}  // namespace maillint

#endif  // MAILLINT_SRC_AUDIT_AUDIT_PARTIAL_H_
