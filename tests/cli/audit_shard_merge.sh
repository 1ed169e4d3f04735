#!/usr/bin/env bash
# District-wide runs: a multi-mailbox audit split 4 ways with GNU parallel
# (`audit --shard {#}/4`, each writing its partial atomically) and merged
# with `audit merge` gives byte-identical json, html and csv reports to a
# single run, whatever the order of the partials and also when merged in two
# steps (merge --partial). The shard index also comes from
# SLURM_ARRAY_TASK_ID and JOB_COMPLETION_INDEX; bad shards and mismatched
# partials are usage errors.
# Usage: audit_shard_merge.sh /path/to/maillint   (run from the repo root)
set -uo pipefail
bin="$1"
command -v parallel >/dev/null || { echo "FAIL: GNU parallel not installed (tools/install-deps.sh)"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

boxes=(tests/audit/*/ tests/cli/data/audit-s6 corpus/greeting corpus/links corpus/personalization)
args=(--domain pghschools.org --as-of 2026-11-20T17:00:00-05:00 --jobs 1)
"$bin" audit "${args[@]}" -f json -o "$work/single.json" "${boxes[@]}"
single_rc=$?
[ $single_rc -le 1 ] || fail "single run exited $single_rc"

parallel --will-cite --halt now,fail=1 -j 2 \
  "'$bin' audit ${args[*]} --shard {#}/4 -o '$work/part{#}.json' ${boxes[*]}; [ \$? -le 1 ]" \
  ::: 1 2 3 4 || fail "a parallel shard failed"
for k in 1 2 3 4; do
  [ -s "$work/part$k.json" ] || fail "partial $k missing"
done
ls "$work" | grep -q '\.tmp\.' && fail "a temporary partial was left behind"

for format in json html text; do
  "$bin" audit "${args[@]}" -f "$format" -o "$work/single.$format" "${boxes[@]}"
  "$bin" audit merge "${args[@]}" -f "$format" -o "$work/merged.$format" \
    "$work/part3.json" "$work/part1.json" "$work/part4.json" "$work/part2.json"
  rc=$?
  [ $rc -eq $single_rc ] || fail "merge ($format) exited $rc, single run $single_rc"
  cmp -s "$work/single.$format" "$work/merged.$format" ||
    fail "merged $format report differs from the single run"
done
"$bin" audit "${args[@]}" -f csv -o "$work/single-csv/" "${boxes[@]}"
"$bin" audit merge "${args[@]}" -f csv -o "$work/merged-csv/" "$work"/part*.json
diff -r "$work/single-csv" "$work/merged-csv" >/dev/null || fail "merged csv tables differ"

# Associative: (1+2) + (3+4) is the same as all four at once.
"$bin" audit merge --partial -o "$work/a.json" "$work/part2.json" "$work/part1.json"
"$bin" audit merge --partial -o "$work/b.json" "$work/part4.json" "$work/part3.json"
"$bin" audit merge "${args[@]}" -f json -o "$work/twostep.json" "$work/b.json" "$work/a.json"
cmp -s "$work/single.json" "$work/twostep.json" || fail "two-step merge differs"

# The index from the environment (Slurm arrays, Kubernetes Indexed Jobs).
SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_MIN=0 SLURM_ARRAY_TASK_COUNT=4 \
  "$bin" audit "${args[@]}" --shard auto -o "$work/slurm.json" "${boxes[@]}"
cmp -s "$work/slurm.json" "$work/part3.json" || fail "SLURM_ARRAY_TASK_ID=2 (min 0) is not shard 3/4"
JOB_COMPLETION_INDEX=0 "$bin" audit "${args[@]}" --shard /4 -o "$work/k8s.json" "${boxes[@]}"
cmp -s "$work/k8s.json" "$work/part1.json" || fail "JOB_COMPLETION_INDEX=0 is not shard 1/4"

# Errors: a bad shard, a missing shard, a duplicated one, a foreign file.
"$bin" audit "${args[@]}" --shard 5/4 -o "$work/x.json" "${boxes[@]}" 2>/dev/null
[ $? -eq 2 ] || fail "--shard 5/4 accepted"
"$bin" audit merge "${args[@]}" "$work/part1.json" "$work/part2.json" 2>"$work/err"
[ $? -eq 2 ] && grep -q "2 of 4 shards" "$work/err" || fail "an incomplete merge gave a report"
"$bin" audit merge "${args[@]}" "$work/part1.json" "$work/part1.json" 2>"$work/err"
[ $? -eq 2 ] && grep -q "already in another partial" "$work/err" || fail "a duplicated shard was merged"
"$bin" audit merge "${args[@]}" "$work/single.json" 2>"$work/err"
[ $? -eq 2 ] && grep -q "single.json: not a partial" "$work/err" || fail "a report was taken for a partial"

[ $failures -eq 0 ] && echo "audit shard/merge: 4 shards, merged reports identical"
exit $((failures > 0))
