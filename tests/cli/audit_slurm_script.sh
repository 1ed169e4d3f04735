#!/usr/bin/env bash
# tools/slurm/audit-array.sbatch, the documented Slurm array job, run once
# per array index the way Slurm would (SLURM_ARRAY_TASK_ID, _MIN, _COUNT set;
# no Slurm controller in CI), then merged: the report equals a single run.
# Usage: audit_slurm_script.sh /path/to/maillint   (run from the repo root)
set -uo pipefail
bin="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
boxes=(tests/audit/*/ tests/cli/data/audit-s6 corpus/greeting corpus/links)
flags="--domain pghschools.org --as-of 2026-11-20"
for id in 3 4 5; do  # an array --array=3-5: ids need not start at 0
  SLURM_ARRAY_TASK_ID=$id SLURM_ARRAY_TASK_MIN=3 SLURM_ARRAY_TASK_COUNT=3 \
    MAILLINT="$bin" OUT="$work/parts" AUDIT_ARGS="$flags" \
    bash tools/slurm/audit-array.sbatch "${boxes[@]}" ||
    { echo "FAIL: array task $id failed"; exit 1; }
done
[ "$(ls "$work/parts" | wc -l)" -eq 3 ] || { echo "FAIL: expected 3 partials"; exit 1; }
# shellcheck disable=SC2086
"$bin" audit merge $flags -f json -o "$work/merged.json" "$work"/parts/part-*.json
"$bin" audit $flags -f json -o "$work/single.json" "${boxes[@]}"
cmp -s "$work/merged.json" "$work/single.json" || { echo "FAIL: merged report differs"; exit 1; }
unset SLURM_ARRAY_TASK_ID
if bash tools/slurm/audit-array.sbatch "${boxes[@]}" 2>/dev/null; then
  echo "FAIL: the script ran outside a job array"; exit 1
fi
echo "slurm array script: 3 tasks merged into the single-run report"
