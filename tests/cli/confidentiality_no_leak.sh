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
Student ID: 7720419, DOB: 09/22/2013, SSN 587-31-2264, spaced SSN number 431 72 6605
Card: 4663 9233 2146 8814 exp 04/27 (also card 6011973699356327)
Routing number 043000096, checking account number 7713004528
Portal password: Marmot$71 and the key AKIAZXCVBNMLKJHGFDSA
You can reach Dario's mom at 412-555-0163 or ortega.casa@gmail.com.

Linda Park
EML

# The raw values, as written, that must never appear without --show-sensitive.
RAW=("7720419" "09/22/2013" "587-31-2264" "431 72 6605" "4663 9233 2146 8814"
     "6011973699356327" "043000096" "7713004528" 'Marmot$71' "AKIAZXCVBNMLKJHGFDSA"
     "412-555-0163" "ortega.casa@gmail.com" "587312264" "4663923321468814")

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
  grep -qF "587-31-2264" "$TMP/shown.$fmt" ||
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
