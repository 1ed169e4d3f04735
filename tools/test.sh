#!/usr/bin/env bash
# Builds maillint and runs every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
ninja -C build
cd build && ctest --output-on-failure -j2
