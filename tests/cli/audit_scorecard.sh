#!/usr/bin/env bash
# audit scorecards and the audit defects of issue 17: the JSON has a schema
# version and check's field names; every per-message standard result and the
# district/department/staff roll-ups agree with each other; confidentiality
# auto-fails; warnings are "pass with N warnings", not a plain pass; internal
# forwards are not scored; --as-of/--since/--until take dates and leave later
# messages out; csv writes every table; without domains the audit infers one.
# Usage: audit_scorecard.sh /path/to/maillint   (run from the repo root)
set -uo pipefail
bin="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

boxes=(tests/audit/*/ tests/cli/data/audit-s6)
cat >"$work/maillint.yml" <<'EOF'
organization:
  domains: [pghschools.org]
audit:
  weights: ["S5=2", "S14=0.5"]
  departments: ["jcarter@pghschools.org=Registration", "@pghschools.org=Front office"]
EOF
args=(audit --config "$work/maillint.yml" --as-of 2026-11-20)
"$bin" "${args[@]}" -f json -o "$work/report.json" "${boxes[@]}"
rc=$?
[ $rc -eq 1 ] || fail "audit exited $rc, expected 1 (late replies, a credential)"

python3 - "$work/report.json" <<'EOF' || failures=$((failures + 1))
import json, sys
r = json.load(open(sys.argv[1]))
errors = []
def check(ok, what):
    if not ok: errors.append(what)
check(r["schema_version"] == 2, "schema_version")
check(r["as_of"] == "2026-11-20T23:59:59-05:00", f"--as-of date: {r['as_of']}")
findings = [f for m in r["staff_messages"] + r["inbound"] for f in m["findings"]]
check(findings and all("rule" in f and "rule_id" not in f for f in findings),
      "findings use check's field names (rule, not rule_id)")
weights = {"S5": 2, "S14": 0.5}
by_id = {m["message_id"]: m for m in r["staff_messages"]}
fwd = by_id["s6-3@pghschools.org"]
check(fwd["kind"] == "forwarded" and fwd["scored"] is False and fwd["score"] is None,
      "an internal forward is not scored")
check(fwd["verdict"] == "pass with 1 warning", f"forward verdict {fwd['verdict']!r}")
leak = by_id["s6-2@pghschools.org"]
check(leak["auto_failed"] and leak["score"] == 0 and
      leak["standards"]["S6"]["status"] == "fail", "S6 auto-fails the message")
for m in r["staff_messages"]:
    warnings = sum(f["severity"] == "warning" for f in m["findings"])
    if m["verdict"].startswith("pass with"):
        check(m["verdict"] == f"pass with {warnings} warning" + ("s" if warnings > 1 else ""),
              f"{m['message_id']} verdict {m['verdict']!r}")
    if not m["scored"] or m["auto_failed"]:
        continue
    total = got = 0
    for s, res in m["standards"].items():
        if res["status"] == "n/a":
            continue
        w = weights.get(s, 1)
        total += w
        got += w * {"pass": 1, "pass-with-warnings": 0.5, "fail": 0}[res["status"]]
    check(abs(m["score"] - round(100 * got / total, 2)) < 0.01,
          f"{m['message_id']} score {m['score']} != weighted {100 * got / total}")
scored = [m for m in r["staff_messages"] if m["scored"]]
district = r["scorecard"]["district"]
check(district["messages"] == len(scored) == r["summary"]["staff_messages_checked"],
      "district counts only scored messages")
check(abs(district["mean_score"] - round(sum(m["score"] for m in scored) / len(scored), 2)) < 0.011,
      "district mean score")
check(district["auto_failed"] == 1, "one auto-failed message")
for row in district["standards"][1:]:
    s = row["standard"]
    statuses = [m["standards"][s]["status"] for m in scored]
    for key, status in [("pass", "pass"), ("pass_with_warnings", "pass-with-warnings"),
                        ("fail", "fail"), ("not_applicable", "n/a")]:
        check(row[key] == statuses.count(status), f"district {s} {key}")
s1 = district["standards"][0]
inbound = [m["status"] for m in r["inbound"]]
check(s1["pass"] == inbound.count("answered") and
      s1["fail"] == inbound.count("late") + inbound.count("unanswered"),
      "S1 counts turnaround outcomes")
s = r["summary"]
check(s["staff_messages_passed_with_warnings"] ==
      sum(m["verdict"].startswith("pass with") for m in scored), "passed_with_warnings")
deps = {d["department"]: d for d in r["scorecard"]["departments"]}
staff = {p["address"]: p for p in r["staff"]}
check(staff["jcarter@pghschools.org"]["department"] == "Registration" and
      staff["mlopez@pghschools.org"]["department"] == "Front office", "departments by address and domain")
check(deps["Registration"]["messages"] == staff["jcarter@pghschools.org"]["scorecard"]["messages"],
      "department roll-up")
check(sum(d["messages"] for d in deps.values()) == district["messages"], "departments add up")
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
EOF

# --as-of before the data: nothing counts, everything is excluded.
"$bin" "${args[@]:0:3}" --as-of 2026-10-01 -f json "${boxes[@]}" >"$work/early.json"
python3 -c "
import json, sys
r = json.load(open('$work/early.json'))
s = r['summary']
sys.exit(0 if s['messages'] == 0 and s['excluded'] == 25 and s['inbound'] == 0 else 1)" ||
  fail "--as-of before the data still counts messages"
# --since/--until: only the week of 16 November.
"$bin" "${args[@]:0:3}" --since 2026-11-16 --until 2026-11-18 -f json "${boxes[@]}" >"$work/week.json"
python3 -c "
import json, sys
r = json.load(open('$work/week.json'))
dates = [m['date'] for m in r['staff_messages']] + [m['received'] for m in r['inbound']]
ok = dates and all('2026-11-16' <= d[:10] <= '2026-11-18' for d in dates) and r['summary']['excluded'] > 0
sys.exit(0 if ok else 1)" || fail "--since/--until"
"$bin" "${args[@]:0:3}" --as-of 2026-13-40 "${boxes[@]}" >/dev/null 2>"$work/bad.err"
[ $? -eq 2 ] && grep -q "expected a date" "$work/bad.err" || fail "a bad --as-of is a usage error"

# csv: every table into a folder, or one with --table.
"$bin" "${args[@]}" -f csv -o "$work/csv/" "${boxes[@]}"
for t in inbound staff_messages staff departments standards; do
  [ -s "$work/csv/$t.csv" ] || fail "csv table $t missing"
done
"$bin" "${args[@]}" -f csv --table standards "${boxes[@]}" >"$work/standards.csv"
[ "$(wc -l <"$work/standards.csv")" -eq 16 ] || fail "standards table: header and 15 rows"
cmp -s "$work/standards.csv" "$work/csv/standards.csv" || fail "--table and the folder differ"
"$bin" "${args[@]}" -f csv --table staf "${boxes[@]}" >/dev/null 2>"$work/table.err"
[ $? -eq 2 ] && grep -q "did you mean 'staff'" "$work/table.err" || fail "unknown --table"

# No domains: the mailbox's own domain is used, with a note, and replies count.
"$bin" audit --as-of 2026-11-20 -f json "${boxes[@]}" >"$work/nodomain.json" 2>"$work/nodomain.err"
grep -q "using pghschools.org" "$work/nodomain.err" || fail "no note about the inferred domain"
python3 -c "
import json, sys
a = json.load(open('$work/nodomain.json'))['summary']
b = json.load(open('$work/report.json'))['summary']
sys.exit(0 if a['answered'] == b['answered'] > 0 else 1)" || fail "without domains nothing is answered"

[ $failures -eq 0 ] && echo "audit scorecard: ok"
exit $((failures > 0))
