#!/usr/bin/env bash
# audit --store FILE: per-message results go into an SQLite file, keyed by
# Message-ID (running twice stores nothing twice), in one transaction (a run
# that fails while writing leaves the file as it was), and the report's
# trends are the stored results by week. Read back with the sqlite3 CLI.
# Usage: audit_store.sh /path/to/maillint   (run from the repo root)
set -uo pipefail
bin="$1"
command -v sqlite3 >/dev/null || { echo "FAIL: sqlite3 not installed (tools/install-deps.sh)"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
boxes=(tests/audit/*/ tests/cli/data/audit-s6)
args=(audit --domain pghschools.org --as-of 2026-11-20T17:00:00-05:00)
db="$work/store.db"
count() { sqlite3 "$db" "SELECT (SELECT count(*) FROM messages) || ' ' || (SELECT count(*) FROM outcomes)"; }

"$bin" "${args[@]}" --store "$db" --until 2026-11-10 -f json -o "$work/early.json" "${boxes[@]}"
early=$(count)
"$bin" "${args[@]}" --store "$db" -f json -o "$work/first.json" "${boxes[@]}"
first=$(count)
"$bin" "${args[@]}" --store "$db" -f json -o "$work/second.json" "${boxes[@]}"
second=$(count)
[ "$first" = "$second" ] || fail "a second run added rows: $first -> $second"
[ "$early" != "$first" ] || fail "the full run stored nothing new over --until 2026-11-10"
[ "$(sqlite3 "$db" "SELECT value FROM meta WHERE key='schema_version'")" = 1 ] || fail "schema_version"
cmp -s "$work/first.json" "$work/second.json" || fail "re-running with the store changed the report"

python3 - "$work/second.json" "$db" <<'EOF2' || failures=$((failures + 1))
import json, sqlite3, sys
r = json.load(open(sys.argv[1]))
db = sqlite3.connect(sys.argv[2])
errors = []
t = r.get("trends")
if not t:
    print("FAIL: no trends in the report"); sys.exit(1)
weeks = [w for (w,) in db.execute(
    "SELECT week FROM messages UNION SELECT week FROM outcomes ORDER BY week")]
if t["weeks"] != weeks or len(weeks) < 3:
    errors.append(f"weeks {t['weeks']} != {weeks}")
scored = [m for m in r["staff_messages"] if m["scored"] and m["message_id"]]
if db.execute("SELECT count(*) FROM messages").fetchone()[0] != len(scored):
    errors.append("stored messages != scored staff messages")
series = {s["standard"]: s["pass_rate"] for s in t["standards"]}
for i, week in enumerate(weeks):
    rows = db.execute("SELECT status FROM outcomes WHERE week = ? AND status != 'waiting'",
                      (week,)).fetchall()
    want = round(sum(s == "answered" for (s,) in rows) / len(rows), 4) if rows else None
    if series["S1"][i] != want:
        errors.append(f"S1 {week}: {series['S1'][i]} != {want}")
    codes = [c for (c,) in db.execute("SELECT standards FROM messages WHERE week = ?", (week,))]
    applied = [c[5] for c in codes if c[5] != "-"]
    want = round(sum(c != "f" for c in applied) / len(applied), 4) if applied else None
    if series.get("S6", [None] * len(weeks))[i] != want:
        errors.append(f"S6 {week}: {series.get('S6')} != {want}")
for s in t["staff"]:
    for i, week in enumerate(weeks):
        rows = db.execute("SELECT score FROM messages WHERE week = ? AND author = ?",
                          (week, s["address"])).fetchall()
        want = round(sum(x for (x,) in rows) / len(rows), 2) if rows else None
        if s["mean_score"][i] is None and want is None:
            continue
        if want is None or abs(s["mean_score"][i] - want) > 0.011:
            errors.append(f"{s['address']} {week}: {s['mean_score'][i]} != {want}")
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
EOF2

# A run that fails half way through its writes changes nothing.
rm -f "$db"
"$bin" "${args[@]}" --store "$db" --until 2026-11-10 -o /dev/null "${boxes[@]}"
before=$(count)
sqlite3 "$db" "CREATE TRIGGER stop BEFORE INSERT ON outcomes
  WHEN NEW.message_id = 'c1@hotmail.com' BEGIN SELECT RAISE(ABORT, 'stopped'); END;"
"$bin" "${args[@]}" --store "$db" -o /dev/null "${boxes[@]}" 2>"$work/err"
rc=$?
[ $rc -eq 2 ] && grep -q "store.db: stopped" "$work/err" || fail "a failed write: exit $rc, $(cat "$work/err")"
[ "$(count)" = "$before" ] || fail "a failed run left rows behind: $before -> $(count)"
grep -q "c1@hotmail.com" tests/audit/unanswered/01.eml || fail "fixture id changed"

# Not a database.
echo "hello" >"$work/not.db"
"$bin" "${args[@]}" --store "$work/not.db" -o /dev/null "${boxes[@]}" 2>"$work/err"
[ $? -eq 2 ] && grep -q "not.db" "$work/err" || fail "a non-database store: $(cat "$work/err")"

[ $failures -eq 0 ] && echo "audit store: idempotent, transactional, trends agree"
exit $((failures > 0))
