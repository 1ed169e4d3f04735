#!/usr/bin/env bash
# `maillint milter` on the command line: --check-config loads and reports;
# bad option values, a bad gateway section and an unusable socket are usage
# errors (exit 2) that say what is wrong (file:line for the configuration).
# The daemon itself is tested with miltertest (tests/gateway/).
set -uo pipefail
MAILLINT="$1"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

out=$("$MAILLINT" milter --check-config --config tests/gateway/gateway.yml 2>&1)
[ $? -eq 0 ] && [[ "$out" == *"configuration ok (6 rules)"* ]] || fail "--check-config: $out"

expect_usage() {  # expect_usage "what it must say" ARGS...
  local want=$1
  shift
  local got rc
  got=$("$MAILLINT" milter "$@" 2>&1)
  rc=$?
  [ "$rc" -eq 2 ] || fail "milter $*: exit $rc, want 2"
  [[ "$got" == *"$want"* ]] || fail "milter $*: said '$got', want '$want'"
}
expect_usage "--on-error: expected accept or tempfail" --on-error=bounce --check-config
expect_usage "--deadline-ms: expected milliseconds" --deadline-ms 0 --check-config
expect_usage "--deadline-ms: expected milliseconds" --deadline-ms soon --check-config
expect_usage "--max-size: expected a byte count" --max-size lots --check-config

printf 'gateway:\n  policy:\n    - match: "tone.*"\n      action: bounce\n' >"$TMP/bad-action.yml"
expect_usage "bad-action.yml:4:15: 'action': expected one of accept, tag, notify, quarantine, hold, reject" \
  --config "$TMP/bad-action.yml" --check-config
printf 'gateway:\n  policy:\n    - action: reject\n      code: "4.7.1"\n' >"$TMP/bad-code.yml"
expect_usage "expected an enhanced status code 5.x.y for reject" --config "$TMP/bad-code.yml" --check-config
printf 'gateway:\n  header:\n    external: none\n' >"$TMP/typo.yml"
expect_usage "did you mean 'headers'" --config "$TMP/typo.yml" --check-config
expect_usage "cannot listen" --config tests/gateway/gateway.yml --socket "unix:$TMP/no/such/dir/m.sock"

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "milter: all checks passed"
