#!/usr/bin/env bash
# Draft checks (issue 16): per-draft end-to-end time of `maillint check`
# against write-good (npm, tools/install-bench-deps.sh) on the same real
# replies in one run, and warm `maillint serve` latency for a 300-word draft.
# Targets: maillint <= 0.5x write-good per draft; server p50 <= 5 ms.
# Prints the measurements as JSON (bench/RESULTS.md, "Draft checks", quotes
# them).
#
# usage: bench/drafts/run.sh [--drafts N] [--repeat N] [--requests N]
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake -S . -B build -G Ninja >/dev/null
ninja -C build maillint >/dev/null
[ -x bench/node_modules/.bin/write-good ] || bash tools/install-bench-deps.sh
nice -n 19 python3 bench/drafts/run.py "$@"
