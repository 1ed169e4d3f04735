#!/usr/bin/env bash
# Every --format on a few messages: each output is well-formed and complete
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

INPUTS=("$DATA/good-reply.eml" "$DATA/bad-reply.eml" "$DATA/does-not-exist.eml")

for format in text json jsonl sarif junit; do
  "$MAILLINT" check --format "$format" -j 1 "${INPUTS[@]}" >"$TMP/$format" 2>"$TMP/$format.err"
  rc=$?
  [ "$rc" -eq 1 ] || fail "$format: exit $rc, expected 1 (an unreadable path)"
done

# text: one verdict per message, the unreadable one with its reason, a summary.
grep -q "^$DATA/good-reply.eml: pass" "$TMP/text" || fail "text: no pass verdict for good-reply.eml"
grep -q "^$DATA/does-not-exist.eml: error: .*does-not-exist.eml" "$TMP/text" ||
  fail "text: the unreadable path's reason is missing"
grep -q "^3 messages: .* 1 could not be checked; findings: " "$TMP/text" || fail "text: summary line"
grep -q $'\x1b\[' "$TMP/text" && fail "text: ANSI colour written to a file"

python3 - "$TMP" "$DATA" <<'PY' || failures=$((failures + 1))
import json, sys, xml.etree.ElementTree as ET
tmp, data = sys.argv[1], sys.argv[2]
problems = []
doc = json.load(open(f"{tmp}/json"))
if doc.get("schema_version") != 1: problems.append("json: schema_version")
paths = [m["source"]["path"] for m in doc["messages"]]
if paths != [f"{data}/good-reply.eml", f"{data}/bad-reply.eml", f"{data}/does-not-exist.eml"]:
    problems.append(f"json: messages out of order or missing: {paths}")
if doc["messages"][2]["status"] != "error" or not doc["messages"][2]["error"]:
    problems.append("json: unreadable message has no error status and reason")
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
s = doc["summary"]
if (s["messages"], s["errors"]) != (3, 1): problems.append(f"json: summary {s}")
if s["passed"] + s["failed"] + s["errors"] != 3: problems.append("json: summary counts")

lines = open(f"{tmp}/jsonl").read().splitlines()
if len(lines) != 4: problems.append(f"jsonl: {len(lines)} lines, expected 3 messages + summary")
objs = [json.loads(l) for l in lines]
if [o["type"] for o in objs] != ["message"] * 3 + ["summary"]: problems.append("jsonl: types")
if [o["status"] for o in objs[:3]] != [m["status"] for m in doc["messages"]]:
    problems.append("jsonl and json disagree on statuses")

root = ET.parse(f"{tmp}/junit").getroot()
suites = root.findall("testsuite")
if len(suites) != 1: problems.append("junit: expected one testsuite")
cases = suites[0].findall("testcase")
if len(cases) != 3: problems.append(f"junit: {len(cases)} testcases")
if cases[2].find("error") is None: problems.append("junit: unreadable message has no <error>")
if int(suites[0].get("errors")) != 1: problems.append("junit: errors count")
failed = sum(1 for c in cases if c.find("failure") is not None)
if failed != s["failed"]: problems.append("junit and json disagree on failures")

sarif = json.load(open(f"{tmp}/sarif"))
if sarif["version"] != "2.1.0": problems.append("sarif: version")
notes = sarif["runs"][0]["invocations"][0].get("toolExecutionNotifications", [])
if len(notes) != 1: problems.append("sarif: the unreadable path is not a notification")
findings = sum(len(m["findings"]) for m in doc["messages"])
if len(sarif["runs"][0]["results"]) != findings: problems.append("sarif and json disagree on findings")
for p in problems: print("FAIL:", p)
sys.exit(1 if problems else 0)
PY

# -o FILE writes the same report.
"$MAILLINT" check --format json -o "$TMP/out.json" "$DATA/good-reply.eml" >"$TMP/stdout" 2>&1
[ -s "$TMP/stdout" ] && fail "-o: something went to stdout"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$TMP/out.json" || fail "-o: not JSON"

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "report formats: all checks passed"
