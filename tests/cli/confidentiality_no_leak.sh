#!/usr/bin/env bash
# Reports must not leak: every output format (and the gateway filter's added
# headers) over a message full of student and family data shows no unmasked
# value; --show-sensitive does show them.
# Usage: bash tests/cli/confidentiality_no_leak.sh /path/to/maillint
set -u
BIN="$1"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
FAILED=0
fail() { echo "FAIL: $*"; FAILED=1; }

cat > "$TMP/sensitive.eml" <<'EML'
From: Linda Park <lpark@pghschools.org>
To: Coach Ray <coach.ray@gmail.com>
Subject: RE: Jayden's forms
Date: Tue, 13 Oct 2026 10:42:00 -0400
Message-ID: <leak-test@pghschools.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Coach,

Here is everything from the file, as you asked:
Student ID: 2034871, DOB: 03/14/2012, SSN 512-44-3187, spaced SSN number 460 89 9847
Card: 4556 7375 8689 9855 exp 04/27 (also card 6011170342366718)
Routing number 021000021, checking account number 4830021957
Portal password: Tiger#22 and the key AKIAQWERTYUIOPASDFGH
You can reach Jayden's mom at 412-555-0187 or kmiller.home@gmail.com.

Linda Park
EML

# The raw values, as written, that must never appear without --show-sensitive.
RAW=("2034871" "03/14/2012" "512-44-3187" "460 89 9847" "4556 7375 8689 9855"
     "6011170342366718" "021000021" "4830021957" "Tiger#22" "AKIAQWERTYUIOPASDFGH"
     "412-555-0187" "kmiller.home@gmail.com" "512443187" "4556737586899855")

# Prints the raw values found in file $1.
leaks() {
  local v
  for v in "${RAW[@]}"; do
    if grep -qF -- "$v" "$1"; then echo "$v"; fi
  done
}

# Formats: from `--format list` when the binary supports it, else a fixed
# list where a format the binary does not know yet is reported and skipped.
FORMATS="$("$BIN" --format list 2>/dev/null | tr -s ' ,\t' '\n\n\n' | grep -E '^[a-z0-9-]+$')"
LISTED=1
if [ -z "$FORMATS" ]; then
  LISTED=0
  FORMATS="text json jsonl sarif junit"
  echo "note: '--format list' not supported; using the fixed list: $FORMATS"
fi

TESTED=0
for fmt in $FORMATS; do
  "$BIN" --format "$fmt" "$TMP/sensitive.eml" \
    > "$TMP/out.$fmt" 2> "$TMP/err.$fmt"
  rc=$?
  if [ $rc -eq 2 ] && [ $LISTED -eq 0 ] && grep -qi "unknown format" "$TMP/err.$fmt"; then
    echo "SKIP: format '$fmt' is not available in this build yet"
    continue
  fi
  if [ $rc -ne 1 ]; then
    fail "format $fmt: expected exit 1 (findings), got $rc: $(head -3 "$TMP/err.$fmt")"
    continue
  fi
  TESTED=$((TESTED + 1))
  cat "$TMP/out.$fmt" "$TMP/err.$fmt" > "$TMP/all.$fmt"
  grep -q "confidentiality\." "$TMP/all.$fmt" || fail "format $fmt: no confidentiality finding reported"
  found="$(leaks "$TMP/all.$fmt")"
  [ -z "$found" ] || fail "format $fmt leaks: $(echo $found)"

  "$BIN" --format "$fmt" --show-sensitive \
    "$TMP/sensitive.eml" > "$TMP/shown.$fmt" 2>&1
  grep -qF "512-44-3187" "$TMP/shown.$fmt" ||
    fail "format $fmt: --show-sensitive does not show the SSN"
done
[ $TESTED -ge 1 ] || fail "no output format could be tested"
echo "formats tested: $TESTED"

# The gateway filter copies the message byte for byte (values included, by
# design); what it adds (X-Maillint-* headers) and its stderr must not leak.
"$BIN" filter < "$TMP/sensitive.eml" > "$TMP/filter.out" 2> "$TMP/filter.err"
rc=$?
if [ $rc -eq 2 ] && grep -qi "not implemented" "$TMP/filter.err"; then
  echo "SKIP: 'maillint filter' is not implemented in this build yet"
else
  [ $rc -eq 0 ] || [ $rc -eq 75 ] || fail "filter: exit $rc"
  awk 'NR==1,/^$/' "$TMP/filter.out" |
    awk '/^[Xx]-[Mm]aillint/ {keep=1; print; next} /^[ \t]/ && keep {print; next} {keep=0}' \
      > "$TMP/filter.headers"
  cat "$TMP/filter.err" >> "$TMP/filter.headers"
  found="$(leaks "$TMP/filter.headers")"
  [ -z "$found" ] || fail "filter headers leak: $(echo $found)"
fi

exit $FAILED
