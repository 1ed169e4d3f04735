#!/usr/bin/env bash
# Quick start: install dependencies, build, and check the bundled corpus/
# with the default rules.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C build maillint
# The bad-*.eml examples fail on purpose, so a non-zero exit is expected here.
./build/maillint check --config corpus/.maillint.yml corpus/ || true
