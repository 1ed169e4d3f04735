#!/usr/bin/env bash
# Reply-parser comparison: maillint vs the npm packages planer and
# email-reply-parser on the same ground-truth cases, scored by the same
# checks (tests/anatomy/reply_corpus.h), in one run. Writes the table into
# bench/RESULTS.md, section "## Reply parsing".
#
#   tools/install-bench-deps.sh    # once: npm packages into bench/node_modules_dir
#   bench/reply_parsers/run.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ ! -d "$root/bench/node_modules_dir/node_modules/planer" ]; then
  echo "run tools/install-bench-deps.sh first" >&2
  exit 2
fi
cd "$root"
MAILLINT_BENCH_EXPORT="$work/cases.json" \
  "$build/maillint_tests" -tc='reply corpus*' >/dev/null
node "$root/bench/reply_parsers/run_others.mjs" "$work/cases.json" "$work/others.json"
MAILLINT_BENCH_OTHERS="$work/others.json" MAILLINT_BENCH_REPORT="$root/bench/RESULTS.md" \
  "$build/maillint_tests" -tc='reply corpus*' | grep '^reply corpus' || true
sed -n '/^## Reply parsing/,/^## [^R]/p' "$root/bench/RESULTS.md"
