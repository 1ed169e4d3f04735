#!/usr/bin/env bash
# Installs the npm packages the benchmarks compare maillint with, into
# bench/node_modules (gitignored): write-good and alex (bench/prose_linters).
# proselint comes from Debian (python3-proselint, tools/install-deps.sh).
# Idempotent; needs the npm client (Debian: npm).
set -euo pipefail
cd "$(dirname "$0")/../bench"

PACKAGES=(write-good@1.0.8 alex@11.0.1)

if [ -x node_modules/.bin/write-good ] && [ -x node_modules/.bin/alex ]; then exit 0; fi
if ! command -v npm >/dev/null; then
  echo "install-bench-deps: npm is missing (apt-get install npm)" >&2
  exit 1
fi
npm install --prefix . --no-save --no-package-lock --no-audit --no-fund \
  "${PACKAGES[@]}" >/dev/null
echo "install-bench-deps: ${PACKAGES[*]} in bench/node_modules"
