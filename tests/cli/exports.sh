#!/usr/bin/env bash
# Exports districts have (doc/inputs.md): PST files agree with pff-tools'
# pffexport (same items, subjects and dates); a Google Vault export folder
# (zip of mbox files, metadata file beside it) is read without extracting,
# its metadata skipped, origins naming zip and member; audit turnaround on
# it gives the right hours; truncated PST and zip files are errors naming
# the file (exit 1), never a crash, and the other inputs are still read.
set -uo pipefail
MAILLINT="$1"
DATA=tests/data/exports
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
command -v pffexport >/dev/null || { echo "pffexport missing: tools/install-deps.sh (pff-tools)"; exit 1; }

# 0. The generated PST is what its generator writes.
python3 "$DATA/make_pst.py" "$TMP/district-thread.pst" || fail "make_pst.py failed"
cmp -s "$TMP/district-thread.pst" "$DATA/district-thread.pst" ||
  fail "$DATA/district-thread.pst differs from make_pst.py's output (rerun it)"

# 1. PST against pffexport: item count, subject and submit (else delivery)
# time of each.
for pst in "$DATA/attachAndInline.pst" "$DATA/msgInMsg.pst" "$DATA/district-thread.pst"; do
  name=$(basename "$pst" .pst)
  pffexport -q -m items -f text -t "$TMP/$name" "$pst" >/dev/null 2>&1 ||
    fail "$name: pffexport failed"
  # Top-level items only (not the ones attached to other items).
  mapfile -t items < <(find "$TMP/$name.export" -name OutlookHeaders.txt -not -path '*/Attachments/*' | sort)
  "$MAILLINT" check --rules '-*' --format jsonl "$pst" >"$TMP/$name.jsonl" 2>"$TMP/$name.err"
  rc=$?
  [ "$rc" -eq 0 ] || fail "$name: exit $rc ($(head -c 300 "$TMP/$name.err"))"
  count=$(grep -c '"type":"message"' "$TMP/$name.jsonl")
  [ "$count" -eq "${#items[@]}" ] || fail "$name: $count messages, pffexport exported ${#items[@]}"
  "$MAILLINT" show "$pst" >"$TMP/$name.show" 2>&1
  for headers in "${items[@]}"; do
    subject=$(sed -n 's/^Subject:[[:space:]]*//p' "$headers" | head -1)
    grep -qF "\"subject\":\"$subject\"" "$TMP/$name.jsonl" || fail "$name: subject '$subject' missing"
    when=$(sed -n 's/^Client submit time:[[:space:]]*//p' "$headers" | head -1)
    [ -n "$when" ] || when=$(sed -n 's/^Delivery time:[[:space:]]*//p' "$headers" | head -1)
    # "Jul 27, 2021 22:19:50.992000000 UTC" -> the RFC 5322 date maillint writes.
    expected=$(date -u -d "$(echo "$when" | sed 's/\.[0-9]* UTC/ UTC/; s/,//')" '+%a, %d %b %Y %H:%M:%S +0000')
    grep -qF "Date: $expected" "$TMP/$name.show" || fail "$name: no 'Date: $expected' (pffexport: $when)"
  done
done

# 2. A Google Vault export folder: export-1.zip holds one mbox per account;
# the metadata and count files lie beside it.
mkdir -p "$TMP/vault"
python3 - "$TMP/vault" <<'EOF'
import sys, zipfile
d = sys.argv[1]
mbox = (
    "From 1711@xxx Mon Sep 02 08:00:00 +0000 2024\n"
    "From: Pat Parent <parent@example.com>\nTo: office@district.org\n"
    "Subject: Bus schedule\nDate: Mon, 02 Sep 2024 08:00:00 +0000\n"
    "Message-ID: <q1@example.com>\n\nWhen does the bus come?\n\n"
    "From 1712@xxx Mon Sep 02 14:30:00 +0000 2024\n"
    "From: Sam Staff <sam@district.org>\nTo: Pat Parent <parent@example.com>\n"
    "Subject: Re: Bus schedule\nDate: Mon, 02 Sep 2024 14:30:00 +0000\n"
    "Message-ID: <r1@district.org>\nIn-Reply-To: <q1@example.com>\n\n"
    "Hello Pat,\n\nThe bus comes at 7:15.\n\nSam Staff\nDistrict Office\n")
with zipfile.ZipFile(d + "/export-1.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("sam@district.org.mbox", mbox)
open(d + "/export-metadata.xml", "w").write(
    '<?xml version="1.0"?>\n<Root><Batch><Documents><Document DocID="1">'
    '<Tags><Tag TagName="Labels" TagValue="^INBOX"/></Tags></Document>'
    '</Documents></Batch></Root>\n')
open(d + "/export-results-count.csv", "w").write("Account,Count\nsam@district.org,2\n")
EOF
"$MAILLINT" check --rules '-*' --format jsonl "$TMP/vault" >"$TMP/vault.jsonl" 2>"$TMP/vault.err"
rc=$?
[ "$rc" -eq 0 ] || fail "vault folder: exit $rc ($(grep -o '"error":"[^"]*"' "$TMP/vault.jsonl" | head -3))"
grep -qF "\"path\":\"$TMP/vault/export-1.zip!sam@district.org.mbox\",\"index\":1" "$TMP/vault.jsonl" ||
  fail "vault folder: origin does not name the zip and member: $(head -c 400 "$TMP/vault.jsonl")"
grep -q "metadata" "$TMP/vault.jsonl" && fail "vault folder: the metadata file was read as mail"
ls "$TMP/vault" | grep -qv -e '^export-1.zip$' -e '^export-metadata.xml$' -e '^export-results-count.csv$' &&
  fail "vault folder: something was extracted next to the zip"

printf 'organization:\n  name: District\n  domains: [district.org]\n' >"$TMP/cfg.yml"
"$MAILLINT" audit --config "$TMP/cfg.yml" --as-of 2024-09-10T00:00:00Z --format json \
  "$TMP/vault/export-1.zip" >"$TMP/audit.json" 2>"$TMP/audit.err" ||
  fail "audit on the Vault zip failed: $(head -c 300 "$TMP/audit.err")"
python3 - "$TMP/audit.json" <<'EOF' || fail "audit turnaround on the Vault zip"
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
assert s["answered"] == 1, s
assert s["median_hours"] == 6.5, s
EOF

# 2b. Audit turnaround on a PST export: the hours come from the MAPI submit
# times, the second conversation threads by its conversation index alone.
"$MAILLINT" audit --config "$TMP/cfg.yml" --as-of 2024-09-10T00:00:00Z --format json \
  "$DATA/district-thread.pst" >"$TMP/pst-audit.json" 2>"$TMP/pst-audit.err" ||
  fail "audit on the PST failed: $(head -c 300 "$TMP/pst-audit.err")"
python3 - "$TMP/pst-audit.json" <<'EOF' || fail "audit turnaround on the PST"
import json, sys
d = json.load(open(sys.argv[1]))
s = d["summary"]
assert (s["messages"], s["threads"], s["answered"]) == (4, 2, 2), s
assert s["threading"]["subject_joins"] == 0, s["threading"]
hours = {m["subject"]: m["elapsed_hours"] for m in d["inbound"]}
assert hours == {"Bus schedule": 6.5, "Lunch menu": 3.0}, hours
EOF

# 3. Truncated exports: an error naming the file, exit 1, and the good
# input after it is still checked.
head -c 100000 "$DATA/attachAndInline.pst" >"$TMP/cut.pst"
head -c 300 "$TMP/vault/export-1.zip" >"$TMP/cut.zip"
for bad in "$TMP/cut.pst" "$TMP/cut.zip"; do
  "$MAILLINT" check --rules '-*' --format jsonl "$bad" "$DATA/test_Blammo.msg" >"$TMP/bad.jsonl" 2>"$TMP/bad.err"
  rc=$?
  [ "$rc" -eq 1 ] || fail "$(basename "$bad"): exit $rc, expected 1"
  grep -q "\"error\":\"$bad" "$TMP/bad.jsonl" || fail "$(basename "$bad"): error does not name the file: $(head -c 300 "$TMP/bad.jsonl")"
  grep -q '"subject":"BlammoBlammo"' "$TMP/bad.jsonl" || fail "$(basename "$bad"): the next input was not read"
done

[ "$failures" -eq 0 ] && echo "exports: all checks passed"
exit $((failures > 0))
