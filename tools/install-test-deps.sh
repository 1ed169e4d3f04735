#!/usr/bin/env bash
# Installs the test-only data that does not come from Debian: the official
# SARIF 2.1.0 JSON schema (OASIS "rtm.5", shipped in the npm package
# @microsoft/jest-sarif), into tools/node_modules (gitignored).
# Idempotent; needs the npm client (Debian: npm). tests/cli/report_sarif.sh
# validates maillint's SARIF output against it with Python's jsonschema
# (Debian: python3-jsonschema, installed by tools/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")"

SCHEMA=node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json
if [ -f "$SCHEMA" ]; then exit 0; fi
if ! command -v npm >/dev/null; then
  echo "install-test-deps: npm is missing; SARIF schema validation will be skipped" >&2
  exit 0
fi
npm install --prefix . --no-save --no-package-lock --ignore-scripts \
  --no-audit --no-fund @microsoft/jest-sarif@1.0.0-beta.0 >/dev/null
test -f "$SCHEMA"
echo "install-test-deps: SARIF schema at tools/$SCHEMA"
