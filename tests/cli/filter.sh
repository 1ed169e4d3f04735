#!/usr/bin/env bash
# `maillint filter`: every byte but the verdict headers is unchanged (LF and
# CRLF, checked with cmp), forged X-Maillint-* fields are removed, the
# --on-error modes, --timeout and --max-size behave, and the exit code is
# only ever 0 or 75.
set -uo pipefail
MAILLINT="$1"
DATA=tests/cli/data
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# without_verdict IN OUT: drops the X-Maillint-* fields (and their continuation
# lines) the filter added at the top (after an mbox envelope line); keeps
# every other byte.
without_verdict() {
  python3 - "$1" "$2" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
lines = data.splitlines(keepends=True)
start = 1 if lines and lines[0].startswith(b"From ") else 0  # mbox envelope
i = start
while i < len(lines) and (lines[i].lower().startswith(b"x-maillint-")
                          or (i > start and lines[i][:1] in (b" ", b"\t"))):
    i += 1
open(sys.argv[2], "wb").write(b"".join(lines[:start] + lines[i:]))
PY
}

# run_filter NAME INPUT ARGS...: output in $TMP/NAME.out, stderr in .err, rc in .rc
run_filter() {
  local name=$1 input=$2
  shift 2
  "$MAILLINT" filter "$@" <"$input" >"$TMP/$name.out" 2>"$TMP/$name.err"
  echo $? >"$TMP/$name.rc"
}
rc_of() { cat "$TMP/$1.rc"; }
status_of() { sed -n 's/^X-Maillint-Status: \([a-z]*\).*/\1/p' "$TMP/$1.out" | head -1; }

sed 's/$/\r/' "$DATA/good-reply.eml" >"$TMP/good-crlf.eml"
sed 's/$/\r/' "$DATA/forged.eml" >"$TMP/forged-crlf.eml"
sed 's/$/\r/' "$DATA/forged.expected.eml" >"$TMP/forged-crlf.expected.eml"
sed 's/$/\r/' "$DATA/bad-reply.eml" >"$TMP/bad-crlf.eml"

# 1. Byte for byte: LF and CRLF, passing and failing messages, mbox envelope.
for input in "$DATA/good-reply.eml" "$TMP/good-crlf.eml" "$DATA/bad-reply.eml" \
  "$TMP/bad-crlf.eml" "$DATA/mailbox.mbox"; do
  name=$(basename "$input")
  run_filter "$name" "$input"
  [ "$(rc_of "$name")" -eq 0 ] || fail "$name: exit $(rc_of "$name")"
  without_verdict "$TMP/$name.out" "$TMP/$name.body"
  cmp -s "$input" "$TMP/$name.body" || fail "$name: bytes changed"
  case "$(status_of "$name")" in
  pass | fail) ;;
  *) fail "$name: status '$(status_of "$name")'" ;;
  esac
  grep -q '^X-Maillint-Findings: ' "$TMP/$name.out" || fail "$name: no X-Maillint-Findings"
done
head -1 "$TMP/good-crlf.eml.out" | grep -q $'^X-Maillint-Status: [a-z]*\r$' ||
  fail "CRLF message did not get CRLF verdict headers"
head -1 "$TMP/mailbox.mbox.out" | grep -q '^From mlopez@' || fail "mbox envelope line no longer first"
# The verdict and the rule ids agree with `check`.
for name in good-reply.eml bad-reply.eml; do
  "$MAILLINT" check --format json "$DATA/$name" >"$TMP/$name.json" 2>/dev/null
  expected=$(python3 -c '
import json, sys
m = json.load(open(sys.argv[1]))["messages"][0]
ids = []
for f in m["findings"]:
    if f["rule"] not in ids: ids.append(f["rule"])
print(m["status"], len(m["findings"]), " ".join(ids))' "$TMP/$name.json")
  read -r want_status want_count want_ids <<<"$expected"
  [ "$(status_of "$name")" = "$want_status" ] ||
    fail "$name: filter says $(status_of "$name"), check says $want_status"
  findings=$(sed -n '/^X-Maillint-Findings:/,/^[^ ]/p' "$TMP/$name.out" | grep -v '^[A-WYZ]' | tr -d '\n')
  for id in $want_ids; do
    [[ "$findings" == *" $id"* ]] || fail "$name: rule $id missing from '$findings'"
  done
  if [ "$want_count" -gt 0 ]; then
    [[ "$findings" == "X-Maillint-Findings: $want_count ("* ]] || fail "$name: count in '$findings'"
  fi
done
[ "$(status_of bad-reply.eml)" = fail ] || fail "bad-reply.eml should fail"

# 2. Forged verdicts are removed, folded ones too; nothing else changes.
for input in "$DATA/forged.eml" "$TMP/forged-crlf.eml"; do
  name=$(basename "$input")
  run_filter "$name" "$input"
  without_verdict "$TMP/$name.out" "$TMP/$name.body"
  cmp -s "${input%.eml}.expected.eml" "$TMP/$name.body" || fail "$name: forged headers not removed exactly"
  [ "$(grep -ci '^x-maillint-status' "$TMP/$name.out")" -eq 2 ] ||
    fail "$name: expected our status header and the body line only"
done

# 3. --on-error=pass (default): original with X-Maillint-Status: error, exit 0.
for mode in 1 throw; do
  MAILLINT_TEST_FAIL=$mode run_filter "fail-$mode" "$TMP/good-crlf.eml"
  [ "$(rc_of "fail-$mode")" -eq 0 ] || fail "MAILLINT_TEST_FAIL=$mode: exit $(rc_of "fail-$mode")"
  [ "$(status_of "fail-$mode")" = error ] || fail "MAILLINT_TEST_FAIL=$mode: status not error"
  without_verdict "$TMP/fail-$mode.out" "$TMP/fail-$mode.body"
  cmp -s "$TMP/good-crlf.eml" "$TMP/fail-$mode.body" || fail "MAILLINT_TEST_FAIL=$mode: bytes changed"
done
MAILLINT_TEST_FAIL=1 run_filter forged-error "$DATA/forged.eml"
without_verdict "$TMP/forged-error.out" "$TMP/forged-error.body"
cmp -s "$DATA/forged.expected.eml" "$TMP/forged-error.body" || fail "error mode kept forged headers"

# 4. --on-error=tempfail: nothing on stdout, a 4.x.x line on stderr, exit 75.
MAILLINT_TEST_FAIL=throw run_filter tempfail "$DATA/good-reply.eml" --on-error=tempfail
[ "$(rc_of tempfail)" -eq 75 ] || fail "tempfail: exit $(rc_of tempfail)"
[ -s "$TMP/tempfail.out" ] && fail "tempfail: wrote to stdout"
grep -q '^4\.[0-9]\.[0-9] maillint: ' "$TMP/tempfail.err" || fail "tempfail: no 4.x.x line: $(cat "$TMP/tempfail.err")"

# 5. --timeout: a hung check ends in time, either way.
start=$(date +%s)
MAILLINT_TEST_FAIL=hang run_filter hang "$DATA/good-reply.eml" --timeout 1
[ "$(rc_of hang)" -eq 0 ] && [ "$(status_of hang)" = error ] || fail "timeout/pass: rc $(rc_of hang)"
without_verdict "$TMP/hang.out" "$TMP/hang.body"
cmp -s "$DATA/good-reply.eml" "$TMP/hang.body" || fail "timeout/pass: bytes changed"
MAILLINT_TEST_FAIL=hang run_filter hang-t "$DATA/good-reply.eml" --timeout 1 --on-error tempfail
[ "$(rc_of hang-t)" -eq 75 ] && [ ! -s "$TMP/hang-t.out" ] || fail "timeout/tempfail: rc $(rc_of hang-t)"
[ $(($(date +%s) - start)) -le 10 ] || fail "timeouts took too long"

# 6. --max-size: too large is passed on whole (status error) or deferred.
run_filter big "$DATA/good-reply.eml" --max-size 100
[ "$(rc_of big)" -eq 0 ] && [ "$(status_of big)" = error ] || fail "max-size/pass: rc $(rc_of big)"
without_verdict "$TMP/big.out" "$TMP/big.body"
cmp -s "$DATA/good-reply.eml" "$TMP/big.body" || fail "max-size/pass: message cut or changed"
run_filter big-t "$DATA/good-reply.eml" --max-size 1K --on-error=tempfail
[ "$(rc_of big-t)" -eq 0 ] || fail "a message under --max-size 1K was refused"
run_filter big-t2 "$DATA/good-reply.eml" --max-size 100 --on-error=tempfail
[ "$(rc_of big-t2)" -eq 75 ] && grep -q '^4\.3\.4 ' "$TMP/big-t2.err" || fail "max-size/tempfail"

# 7. Bad options never exit 2: they are failures like any other.
for args in "--timeout soon" "--max-size lots" "--fail-on sometimes" "--bogus" \
  "extra-argument" "--config /nonexistent/maillint.yml" "--timeout" "--config" \
  "--fail-on"; do
  # shellcheck disable=SC2086
  run_filter badopt "$DATA/good-reply.eml" $args
  [ "$(rc_of badopt)" -eq 0 ] && [ "$(status_of badopt)" = error ] ||
    fail "filter $args: rc $(rc_of badopt), status $(status_of badopt)"
  # shellcheck disable=SC2086
  run_filter badopt-t "$DATA/good-reply.eml" --on-error=tempfail $args
  [ "$(rc_of badopt-t)" -eq 75 ] || fail "filter --on-error=tempfail $args: rc $(rc_of badopt-t)"
done
run_filter badmode "$DATA/good-reply.eml" --on-error=bounce
[ "$(rc_of badmode)" -eq 0 ] && [ "$(status_of badmode)" = error ] || fail "--on-error=bounce"

# 8. Empty input, a message with no header block and binary junk come back
# whole, with status error (never pass: nothing was checked).
: >"$TMP/empty.eml"
printf 'just a draft, no headers\n' >"$TMP/draft.eml"
printf 'Foo: bar\n\n\001\002\377 junk\n' >"$TMP/junk.eml"
for input in "$TMP/empty.eml" "$TMP/draft.eml" "$TMP/junk.eml"; do
  name=$(basename "$input")
  run_filter "$name" "$input"
  rc=$(rc_of "$name")
  [ "$rc" -eq 0 ] || fail "$name: exit $rc"
  [ "$(status_of "$name")" = error ] || fail "$name: status '$(status_of "$name")', want error"
  without_verdict "$TMP/$name.out" "$TMP/$name.body"
  cmp -s "$input" "$TMP/$name.body" || fail "$name: bytes changed"
  run_filter "$name-t" "$input" --on-error=tempfail
  [ "$(rc_of "$name-t")" -eq 75 ] || fail "$name: tempfail exit $(rc_of "$name-t")"
done

# 9. Millisecond timeouts: 300ms and 1.5s are valid; a hung check ends.
MAILLINT_TEST_FAIL=hang run_filter hang-ms "$DATA/good-reply.eml" --timeout 300ms
[ "$(rc_of hang-ms)" -eq 0 ] && [ "$(status_of hang-ms)" = error ] || fail "timeout 300ms"
grep -q 'not checked: no verdict within --timeout 300ms' "$TMP/hang-ms.out" ||
  fail "timeout 300ms: reason $(grep Findings "$TMP/hang-ms.out")"
run_filter fine-s "$DATA/good-reply.eml" --timeout 1.5s
case "$(status_of fine-s)" in pass | fail) ;; *) fail "--timeout 1.5s: status $(status_of fine-s)" ;; esac
for bad in 1.5ms 10x -5 1.2345s; do
  run_filter badtime "$DATA/good-reply.eml" --timeout "$bad"
  [ "$(status_of badtime)" = error ] || fail "--timeout $bad accepted"
done

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "filter: all checks passed"
