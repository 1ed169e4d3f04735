#!/usr/bin/env bash
# Installs the test-only data and tools that do not come from Debian: the
# official SARIF 2.1.0 JSON schema (OASIS "rtm.5", shipped in the npm package
# @microsoft/jest-sarif) and playwright-core, into tools/node_modules
# (gitignored).
# Idempotent; needs the npm client (Debian: npm). tests/cli/report_sarif.sh
# validates maillint's SARIF output against it with Python's jsonschema
# (Debian: python3-jsonschema, installed by tools/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")"

SCHEMA=node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json
# playwright-core drives Debian's chromium in tests/cli/serve_browser.sh (it
# downloads no browser: --ignore-scripts, executablePath /usr/bin/chromium).
PLAYWRIGHT=node_modules/playwright-core/package.json
if [ -f "$SCHEMA" ] && [ -f "$PLAYWRIGHT" ]; then exit 0; fi
if ! command -v npm >/dev/null; then
  echo "install-test-deps: npm is missing; SARIF schema validation will be skipped" >&2
  exit 0
fi
npm install --prefix . --no-save --no-package-lock --ignore-scripts \
  --no-audit --no-fund @microsoft/jest-sarif@1.0.0-beta.0 \
  playwright-core@1.48.2 >/dev/null
test -f "$SCHEMA"
test -f "$PLAYWRIGHT"
echo "install-test-deps: SARIF schema at tools/$SCHEMA, playwright-core in tools/node_modules"
