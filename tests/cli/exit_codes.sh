#!/usr/bin/env bash
# Exit codes of `maillint check`: 0 all passed, 1 some message failed or could
# not be read, 2 usage errors only (bad flag values, unknown format with a
# "did you mean"); `--format list` lists the formats and exits 0.
set -uo pipefail
MAILLINT="$1"
DATA=tests/cli/data
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect CODE DESCRIPTION -- ARGS...: runs maillint, checks the exit code.
expect() {
  local code=$1 what=$2
  shift 3
  "$MAILLINT" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
  local rc=$?
  [ "$rc" -eq "$code" ] || fail "$what: exit $rc, expected $code ($(head -c 300 "$TMP/err"))"
}

expect 0 "a good reply" -- check "$DATA/good-reply.eml"
expect 0 "default command" -- "$DATA/good-reply.eml"
expect 1 "a reply with an error finding" -- check "$DATA/bad-reply.eml"
expect 0 "--fail-on above every finding" -- check --fail-on error "$DATA/mailbox.mbox"
expect 1 "--fail-on info fails on any finding" -- check --fail-on info "$DATA/mailbox.mbox"
expect 0 "--rules '-*' runs no rule" -- check --rules '-*' "$DATA/bad-reply.eml"
expect 1 "--rules keeps the selected rule" -- check --rules '-*,proofreading.placeholder' "$DATA/bad-reply.eml"
grep -q "greeting.name-mismatch" "$TMP/out" && fail "--rules ran a rule it did not select"
expect 2 "--rules with a misspelt family" -- check --rules 'greting.*' "$DATA/good-reply.eml"
grep -q "did you mean 'greeting.\*'" "$TMP/err" || fail "misspelt --rules not explained: $(cat "$TMP/err")"
expect 1 "an unreadable path" -- check "$DATA/good-reply.eml" "$DATA/missing.eml"
grep -q "missing.eml" "$TMP/out" || fail "the unreadable path is not named in the report"

expect 2 "unknown format" -- check --format jsn "$DATA/good-reply.eml"
grep -q "did you mean 'json'" "$TMP/err" || fail "no did-you-mean for --format jsn: $(cat "$TMP/err")"
[ -s "$TMP/out" ] && fail "unknown format still wrote a report"
expect 2 "unknown format, far from any" -- check --format pdf "$DATA/good-reply.eml"
grep -q "formats: text json jsonl sarif junit" "$TMP/err" || fail "the valid formats are not listed"
expect 2 "bad --fail-on" -- check --fail-on sometimes "$DATA/good-reply.eml"
grep -q -- "--fail-on" "$TMP/err" || fail "bad --fail-on not explained"
expect 2 "unknown flag" -- check --no-such-flag "$DATA/good-reply.eml"
expect 2 "bad --jobs" -- check --jobs many "$DATA/good-reply.eml"
expect 2 "misspelt command" -- chek "$DATA/good-reply.eml"
grep -q "did you mean 'check'" "$TMP/err" || fail "no did-you-mean for 'chek'"

expect 0 "--format list" -- check --format list
[ "$(tr '\n' ' ' <"$TMP/out")" = "text json jsonl sarif junit " ] ||
  fail "--format list printed: $(cat "$TMP/out")"

expect 0 "audit --format list" -- audit --format list
[ "$(tr '\n' ' ' <"$TMP/out")" = "text json csv html " ] ||
  fail "audit --format list printed: $(cat "$TMP/out")"
expect 2 "audit without a mailbox" -- audit
grep -q "audit needs a mailbox" "$TMP/err" || fail "audit without paths not explained: $(cat "$TMP/err")"

# The exit code follows the verdicts in the JSON report, never a count.
"$MAILLINT" check --format json "$DATA/good-reply.eml" "$DATA/bad-reply.eml" \
  "$DATA/mailbox.mbox" >"$TMP/report.json" 2>/dev/null
rc=$?
expected=$(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print(1 if s["failed"] or s["errors"] else 0)' "$TMP/report.json")
[ "$rc" -eq "$expected" ] || fail "exit $rc does not match the report's verdicts ($expected)"

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "exit codes: all checks passed"
