#!/usr/bin/env bash
# Fuzz campaign: runs libFuzzer targets one after another (one core, under
# `nice -n 19`), each for a given time, on a corpus kept between runs in
# build-fuzz/campaign/<target>/, and prints one summary line per target:
# executions, coverage (edges: libFuzzer's "cov"), features, corpus size and
# findings (crash/leak/timeout/oom files in build-fuzz/artifacts/<target>/).
#
# Usage: tools/fuzz-campaign.sh [--time SECONDS] [--minimize] [TARGET...|all]
#   --time SECONDS  per target (default 600)
#   --minimize-only do not fuzz; only the --minimize step
#   --minimize      afterwards, merge each target's campaign corpus into a
#                   minimal one and store it in tests/fuzz/corpus/<target>/
#                   (inputs that add coverage; the largest dropped until it
#                   is under 300 KB)
#   TARGET          input_fuzzer anatomy_fuzzer html_fuzzer config_fuzzer
#                   rule_file_fuzzer (default: all)
# Logs: build-fuzz/campaign/<target>.log; summaries appended to
# build-fuzz/campaign/summary.txt.
set -uo pipefail
cd "$(dirname "$0")/.."
source tools/fuzz-common.sh

seconds=600
minimize=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --time) seconds="$2"; shift 2 ;;
    --time=*) seconds="${1#--time=}"; shift ;;
    --minimize) minimize=1; shift ;;
    --minimize-only) minimize=2; shift ;;
    all) targets=("${FUZZ_TARGETS[@]}"); shift ;;
    -h|--help) sed -n '2,/^set /p' "$0" | grep '^#'; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${FUZZ_TARGETS[@]}")

fuzz_build "${targets[@]}" >/dev/null || exit 2
camp="$FUZZ_BUILD/campaign"
mkdir -p "$camp"

# "<executions> <edges> <features> <corpus>" from a libFuzzer log (in fork
# mode the last "#<executions>: cov: ..." status line).
summarize() {
  local log="$1" execs last
  last=$(grep -E '^#[0-9]+' "$log" | grep 'cov:' | tail -1)
  execs=$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$last")
  echo "${execs:-?}" \
    "$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")" \
    "$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")" \
    "$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")"
}

minimize_corpus() {
  local target="$1" out="tests/fuzz/corpus/$1" tmp="$camp/$1-min"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  "$FUZZ_BUILD/$target" -merge=1 -max_len="$(fuzz_max_len "$target")" \
    "$tmp" "$camp/$target" >"$camp/$target-merge.log" 2>&1
  # Keep the checked-in corpus small: drop the largest inputs first.
  while [ "$(du -sb "$tmp" | cut -f1)" -gt 307200 ]; do
    rm -f -- "$(ls -S "$tmp" | head -1 | sed "s|^|$tmp/|")"
  done
  rm -rf "$out"
  mkdir -p "$out"
  cp "$tmp"/* "$out"/
  echo "$target: minimized corpus $(ls "$out" | wc -l) files," \
    "$(du -sh "$out" | cut -f1)"
}

status=0
if [ "$minimize" -eq 2 ]; then
  for target in "${targets[@]}"; do minimize_corpus "$target"; done
  exit 0
fi
for target in "${targets[@]}"; do
  work="$camp/$target"
  seeds="$camp/$target-seeds"
  rm -rf "$seeds"
  fuzz_seeds "$target" "$seeds"
  mkdir -p "$work"
  before=$(ls "$FUZZ_BUILD/artifacts/$target" 2>/dev/null | wc -l)
  start=$(date -u +%H:%M:%S)
  # Fork mode: a crash, timeout or OOM is saved and the run goes on.
  FUZZ_EXTRA_FLAGS="-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1" \
    nice -n 19 bash -c "source tools/fuzz-common.sh; \
    fuzz_run $target $seconds '$work' '$seeds'" 2>"$camp/$target.log"
  rc=$?
  after=$(ls "$FUZZ_BUILD/artifacts/$target" 2>/dev/null | wc -l)
  read -r execs edges features corpus <<<"$(summarize "$camp/$target.log")"
  line="$target start=$start seconds=$seconds execs=$execs edges=$edges"
  line+=" features=$features corpus=$corpus findings=$((after - before)) rc=$rc"
  echo "$line" | tee -a "$camp/summary.txt"
  [ "$rc" -eq 0 ] || status=1
  [ "$minimize" -eq 0 ] || minimize_corpus "$target"
done
exit $status
