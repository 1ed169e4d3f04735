#!/usr/bin/env bash
# The draft page of maillint serve in real headless Chromium driven by
# playwright-core (tools/install-test-deps.sh): paste, see the marks, apply
# a suggestion, add a word, no console errors (tests/serve/browser_test.cjs).
# Usage: serve_browser.sh /path/to/maillint   (run from the repo root)
set -u
bin="$1"
[ -x /usr/bin/chromium ] || { echo "FAIL: chromium not installed (tools/install-deps.sh)"; exit 1; }
[ -f tools/node_modules/playwright-core/package.json ] ||
  { echo "FAIL: playwright-core missing (bash tools/install-test-deps.sh)"; exit 1; }
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
MAILLINT_WORDS="$work/words.txt" "$bin" serve --config corpus/.maillint.yml \
  --listen 127.0.0.1:0 2>"$work/log" &
pid=$!
for _ in $(seq 1 600); do
  grep -q "listening on" "$work/log" && break
  kill -0 "$pid" 2>/dev/null || { echo "FAIL: server exited"; cat "$work/log"; exit 1; }
  sleep 0.1
done
url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/log" | head -1)
[ -n "$url" ] || { echo "FAIL: server did not start"; cat "$work/log"; exit 1; }
HOME="$work" timeout 180 node tests/serve/browser_test.cjs "$url" "$work/words.txt"
