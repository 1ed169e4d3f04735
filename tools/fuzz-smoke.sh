#!/usr/bin/env bash
# Fuzz smoke test: builds the libFuzzer targets with clang, ASan and UBSan in
# build-fuzz/ and runs input_fuzzer for a short time (default 60 s, or $1)
# on a seed corpus drawn from ../shared/corpus-real (small mail files).
# Exit status: 0 when no crash, leak, timeout or sanitizer report was found;
# the failing input is then left in build-fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
build=build-fuzz
corpus_real=../shared/corpus-real

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMAILLINT_FUZZ=ON -DMAILLINT_SANITIZE=ON >/dev/null
ninja -C "$build" input_fuzzer

seeds="$build/fuzz-seeds"
work="$build/fuzz-work"
artifacts="$build/artifacts"
rm -rf "$seeds" "$work"
mkdir -p "$seeds" "$work" "$artifacts"
if [ -d "$corpus_real" ]; then
  # Mail-shaped files under 64 KB, in a stable order; each is one seed.
  n=0
  while IFS= read -r -d '' f; do
    cp -- "$f" "$seeds/seed-$n"
    n=$((n + 1))
  done < <(find "$corpus_real" -type f -size -64k \
             \( -name '*.eml' -o -name '*.msg' -o -name '*.mbox' -o -name '*.raw' \
                -o -name '*.txt' -o -path '*/cur/*' -o -path '*/new/*' \) -print0 | sort -z)
  echo "fuzz-smoke: $n seeds from $corpus_real"
else
  echo "fuzz-smoke: $corpus_real not found; starting from an empty corpus"
fi

ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  "$build/input_fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
  "$work" "$seeds"
