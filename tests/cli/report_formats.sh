#!/usr/bin/env bash
# Every --format on a few messages (a good reply, a bad one, a 3-message mbox,
# a missing file): each output is well-formed and complete
# (json: one document with schema_version; jsonl: one line per message plus a
# summary, streamed; junit: one testcase per message; text: verdicts and a
# summary), and the exit code is 1 because one path cannot be read.
set -uo pipefail
MAILLINT="$1"
DATA=tests/cli/data
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

INPUTS=("$DATA/good-reply.eml" "$DATA/bad-reply.eml" "$DATA/mailbox.mbox"
  "$DATA/does-not-exist.eml")

for format in text json jsonl sarif junit; do
  "$MAILLINT" check --format "$format" -j 1 "${INPUTS[@]}" >"$TMP/$format" 2>"$TMP/$format.err"
  rc=$?
  [ "$rc" -eq 1 ] || fail "$format: exit $rc, expected 1 (an unreadable path)"
done

# text: one verdict per message, the unreadable one with its reason, a summary.
grep -q "^$DATA/good-reply.eml: pass" "$TMP/text" || fail "text: no pass verdict for good-reply.eml"
grep -q "^$DATA/does-not-exist.eml: error: .*does-not-exist.eml" "$TMP/text" ||
  fail "text: the unreadable path's reason is missing"
grep -q "^6 messages: .* 1 could not be checked; findings: " "$TMP/text" || fail "text: summary line"
grep -q "^$DATA/bad-reply.eml: fail (" "$TMP/text" || fail "text: bad-reply.eml does not fail"
grep -qE "^$DATA/bad-reply.eml:[0-9]+:[0-9]+: error: .* \[[a-z-]+\.[a-z-]+\]$" "$TMP/text" ||
  fail "text: no 'path:line:col: error: message [rule.id]' line for bad-reply.eml"
grep -qE '^    +\^+$' "$TMP/text" || fail "text: no caret line"
grep -q "^$DATA/mailbox.mbox#2: " "$TMP/text" || fail "text: mailbox messages not shown as path#index"
grep -q $'\x1b\[' "$TMP/text" && fail "text: ANSI colour written to a file"

python3 - "$TMP" "$DATA" <<'PY' || failures=$((failures + 1))
import json, sys, xml.etree.ElementTree as ET
tmp, data = sys.argv[1], sys.argv[2]
problems = []
doc = json.load(open(f"{tmp}/json"))
if doc.get("schema_version") != 1: problems.append("json: schema_version")
paths = [(m["source"]["path"], m["source"]["index"]) for m in doc["messages"]]
mbox = f"{data}/mailbox.mbox"
if paths != [(f"{data}/good-reply.eml", None), (f"{data}/bad-reply.eml", None),
             (mbox, 0), (mbox, 1), (mbox, 2), (f"{data}/does-not-exist.eml", None)]:
    problems.append(f"json: messages out of order or missing: {paths}")
if doc["messages"][5]["status"] != "error" or not doc["messages"][5]["error"]:
    problems.append("json: unreadable message has no error status and reason")
bad = doc["messages"][1]
if bad["status"] != "fail" or not any(f["severity"] == "error" for f in bad["findings"]):
    problems.append("json: bad-reply.eml should fail with an error finding")
offsets = [m["source"]["byte_offset"] for m in doc["messages"][2:5]]
raw = open(mbox, "rb").read()
if not (offsets[0] < offsets[1] < offsets[2]) or any(
        not raw[o:].startswith(b"From: Maria") for o in offsets):
    problems.append(f"json: mailbox byte offsets {offsets} do not point at the messages")
if [m["source"]["message_id"] for m in doc["messages"][2:5]] != [
        "mbox-1@pghschools.org", "mbox-2@pghschools.org", "mbox-3@pghschools.org"]:
    problems.append("json: mailbox Message-IDs")
good = doc["messages"][0]
if good["source"]["message_id"] != "good-reply-1@pghschools.org":
    problems.append(f"json: message_id {good['source']['message_id']!r}")
if good["source"]["subject"] != "Re: Bus schedule for Roosevelt Elementary":
    problems.append(f"json: subject {good['source']['subject']!r}")
keys = ["rule", "severity", "message", "line", "column", "end_line", "end_column",
        "byte_begin", "byte_end", "file_position", "excerpt", "suggestion"]
for m in doc["messages"]:
    for f in m["findings"]:
        missing = [k for k in keys if k not in f]
        if missing: problems.append(f"json: finding without {missing}")
        if f["line"] is not None and not (f["column"] >= 1 and f["end_line"] >= f["line"]):
            problems.append(f"json: bad span {f}")
s = doc["summary"]
if (s["messages"], s["errors"]) != (6, 1): problems.append(f"json: summary {s}")
if s["passed"] + s["failed"] + s["errors"] != 6: problems.append("json: summary counts")
counted = sum(s["findings"].values())
if counted != sum(len(m["findings"]) for m in doc["messages"]):
    problems.append("json: summary finding counts")

lines = open(f"{tmp}/jsonl").read().splitlines()
if len(lines) != 7: problems.append(f"jsonl: {len(lines)} lines, expected 6 messages + summary")
objs = [json.loads(l) for l in lines]
if [o["type"] for o in objs] != ["message"] * 6 + ["summary"]: problems.append("jsonl: types")
if [o["status"] for o in objs[:6]] != [m["status"] for m in doc["messages"]]:
    problems.append("jsonl and json disagree on statuses")
if [o["findings"] for o in objs[:6]] != [m["findings"] for m in doc["messages"]]:
    problems.append("jsonl and json disagree on findings")

root = ET.parse(f"{tmp}/junit").getroot()
suites = root.findall("testsuite")
if len(suites) != 1: problems.append("junit: expected one testsuite")
cases = suites[0].findall("testcase")
if len(cases) != 6: problems.append(f"junit: {len(cases)} testcases")
if cases[5].find("error") is None: problems.append("junit: unreadable message has no <error>")
if cases[1].find("failure") is None: problems.append("junit: bad-reply.eml has no <failure>")
if cases[3].get("name") != f"{mbox}#1": problems.append(f"junit: name {cases[3].get('name')}")
if int(suites[0].get("errors")) != 1: problems.append("junit: errors count")
failed = sum(1 for c in cases if c.find("failure") is not None)
if failed != s["failed"]: problems.append("junit and json disagree on failures")

sarif = json.load(open(f"{tmp}/sarif"))
if sarif["version"] != "2.1.0": problems.append("sarif: version")
notes = sarif["runs"][0]["invocations"][0].get("toolExecutionNotifications", [])
if len(notes) != 1: problems.append("sarif: the unreadable path is not a notification")
findings = [(m["source"]["path"], f["rule"], f["line"]) for m in doc["messages"] for f in m["findings"]]
results = sarif["runs"][0]["results"]
if len(results) != len(findings) or not results:
    problems.append("sarif and json disagree on findings (or there are none)")
for r, (path, rule, line) in zip(results, findings):
    loc = r["locations"][0]["physicalLocation"]
    if r["ruleId"] != rule or loc["artifactLocation"]["uri"] != path:
        problems.append(f"sarif: result {r['ruleId']} does not match {rule} in {path}")
    if "region" in loc and loc["region"]["startLine"] != line:
        problems.append(f"sarif: {rule} region line {loc['region']['startLine']} != {line}")
for p in problems: print("FAIL:", p)
sys.exit(1 if problems else 0)
PY

# -o FILE writes the same report.
"$MAILLINT" check --format json -o "$TMP/out.json" "$DATA/good-reply.eml" >"$TMP/stdout" 2>&1
[ -s "$TMP/stdout" ] && fail "-o: something went to stdout"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$TMP/out.json" || fail "-o: not JSON"

# --quiet: only failing or unreadable messages, and the summary.
"$MAILLINT" check -q "${INPUTS[@]}" >"$TMP/quiet" 2>/dev/null
grep -q "good-reply.eml" "$TMP/quiet" && fail "--quiet: a passing message is shown"
grep -q "^$DATA/bad-reply.eml: fail" "$TMP/quiet" || fail "--quiet: the failing message is missing"
grep -q "^6 messages: " "$TMP/quiet" || fail "--quiet: no summary"

# Colour: on a terminal (script(1) gives one), never with NO_COLOR.
if command -v script >/dev/null; then
  script -qec "$MAILLINT check $DATA/bad-reply.eml" /dev/null >"$TMP/tty" 2>&1
  grep -q $'\x1b\[' "$TMP/tty" || fail "text: no colour on a terminal"
  NO_COLOR=1 script -qec "$MAILLINT check $DATA/bad-reply.eml" /dev/null >"$TMP/tty" 2>&1
  grep -q $'\x1b\[' "$TMP/tty" && fail "text: colour despite NO_COLOR"
  grep -q "bad-reply.eml: fail" "$TMP/tty" || fail "text: nothing on the terminal"
else
  echo "note: script(1) missing, terminal colour not checked"
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "report formats: all checks passed"
