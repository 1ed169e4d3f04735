#!/usr/bin/env bash
# Values in the headers a person writes are scanned and never leak: a
# student ID and date of birth in the Subject and an SSN in an attachment's
# file name are reported, and no report format of `check` (text, json,
# jsonl, sarif, junit) or `audit` (text, json, csv, html) prints them
# unmasked; --show-sensitive does show them.
# Usage: bash tests/cli/confidentiality_header_no_leak.sh /path/to/maillint
set -u
BIN="$1"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
FAILED=0
fail() { echo "FAIL: $*"; FAILED=1; }

cat > "$TMP/.maillint.yml" <<'YML'
organization:
  name: Test District
  domains: [pghschools.org]
  timezone: America/New_York
YML

cat > "$TMP/subject.eml" <<'EML'
From: Linda Park <lpark@pghschools.org>
To: Brightpath Intake <intake@brightpathtutoring.com>
Subject: Grades for student ID 4410273, DOB 04/12/2015
Date: Tue, 13 Oct 2026 10:42:00 -0400
Message-ID: <header-leak@pghschools.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Hello,

The report card you asked for is attached.

Linda Park
Registrar, Pittsburgh Public Schools
412-555-0100

--b1
Content-Type: application/pdf; name="SSN 587-31-2264 card.pdf"
Content-Disposition: attachment; filename="SSN 587-31-2264 card.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJSVFT0YK
--b1--
EML

RAW=("4410273" "04/12/2015" "587-31-2264")
leaks() {
  local v
  for v in "${RAW[@]}"; do
    if grep -qF -- "$v" "$1"; then echo "$v"; fi
  done
}

cd "$TMP" || exit 1
for fmt in text json jsonl sarif junit; do
  "$BIN" check --format "$fmt" subject.eml > "out.$fmt" 2>&1
  rc=$?
  [ $rc -eq 1 ] || fail "check --format $fmt: expected exit 1, got $rc"
  for rule in student-id date-of-birth ssn; do
    grep -q "confidentiality.$rule" "out.$fmt" ||
      fail "check --format $fmt: no confidentiality.$rule finding"
  done
  found="$(leaks "out.$fmt")"
  [ -z "$found" ] || fail "check --format $fmt leaks: $(echo $found)"
done

"$BIN" check --format json --show-sensitive subject.eml > shown.json 2>&1
grep -qF "4410273, DOB 04/12/2015" shown.json ||
  fail "--show-sensitive does not show the subject as written"

for fmt in text json csv html; do
  "$BIN" audit --format "$fmt" subject.eml > "audit.$fmt" 2>&1
  rc=$?
  [ $rc -le 1 ] || fail "audit --format $fmt: exit $rc: $(head -3 "audit.$fmt")"
  # text and csv list inbound messages only; json and html list this one.
  if [ "$fmt" = json ] || [ "$fmt" = html ]; then
    grep -q "Grades for student ID" "audit.$fmt" ||
      fail "audit --format $fmt: the subject is not shown at all"
  fi
  found="$(leaks "audit.$fmt")"
  [ -z "$found" ] || fail "audit --format $fmt leaks: $(echo $found)"
done

exit $FAILED
