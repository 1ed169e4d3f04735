#!/usr/bin/env bash
# Fuzz smoke test (CI): builds every libFuzzer target with clang, ASan and
# UBSan in build-fuzz/ and runs each for a short time on its seeds (the
# checked-in corpus tests/fuzz/corpus/<target>/ plus the project's fixtures
# and ../shared/corpus-real; see tools/fuzz-common.sh).
#
# Usage: tools/fuzz-smoke.sh [TOTAL_SECONDS]   (default 150, split evenly
# over the targets; CI keeps it at or under 3 minutes).
# Exit status: 0 when no crash, leak, timeout or sanitizer report was found;
# the failing input is then left in build-fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/fuzz-common.sh

total="${1:-150}"
per_target=$((total / ${#FUZZ_TARGETS[@]}))
[ "$per_target" -ge 1 ] || per_target=1

fuzz_build "${FUZZ_TARGETS[@]}"
for target in "${FUZZ_TARGETS[@]}"; do
  seeds="$FUZZ_BUILD/smoke/$target-seeds"
  work="$FUZZ_BUILD/smoke/$target-work"
  rm -rf "$seeds" "$work"
  fuzz_seeds "$target" "$seeds"
  echo "fuzz-smoke: $target for ${per_target}s on $(ls "$seeds" | wc -l) seeds"
  if ! fuzz_run "$target" "$per_target" "$work" "$seeds" \
      2>"$FUZZ_BUILD/smoke/$target.log"; then
    tail -n 60 "$FUZZ_BUILD/smoke/$target.log" >&2
    echo "fuzz-smoke: $target FAILED (input in $FUZZ_BUILD/artifacts/$target/)" >&2
    exit 1
  fi
  grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' \
    "$FUZZ_BUILD/smoke/$target.log" | sed "s/^/fuzz-smoke: $target: /"
done
