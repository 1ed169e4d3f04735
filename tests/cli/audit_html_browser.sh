#!/usr/bin/env bash
# The html audit report renders in a real browser (headless Chromium) without
# errors, and every number it shows agrees with the json report of the same
# run: the summary cards, staff table, late list, charts, the scorecard
# (district, department and staff rows, per-standard bars) and the trend
# points read from an audit --store file. Also checks the page loads nothing
# from the network.
# Usage: audit_html_browser.sh /path/to/maillint   (run from the repo root)
set -u
bin="$1"
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$chromium_bin" ]; then
  echo "FAIL: chromium not installed (tools/install-deps.sh installs it)"
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mailbox=(tests/audit/*/*.eml tests/cli/data/audit-s6/*.eml)
args=(audit --domain pghschools.org --as-of 2026-11-20T17:00:00-05:00
  --store "$work/store.db")
"$bin" "${args[@]}" -f json -o "$work/report.json" "${mailbox[@]}"
rc=$?
[ $rc -le 1 ] || { echo "FAIL: audit json exited $rc"; exit 1; }
"$bin" "${args[@]}" -f html -o "$work/report.html" "${mailbox[@]}"
rc=$?
[ $rc -le 1 ] || { echo "FAIL: audit html exited $rc"; exit 1; }

if grep -Eo '(src|href)="[a-z]+://[^"]*"' "$work/report.html"; then
  echo "FAIL: the report refers to external resources"
  exit 1
fi

chrome() {  # chrome OUTPUT-FLAG... ; a fresh profile per run, no network
  timeout 120 "$chromium_bin" --headless --no-sandbox --disable-gpu \
    --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$work")" --enable-logging=stderr --v=0 \
    --window-size=1200,2400 "$@" "file://$work/report.html"
}
chrome --dump-dom >"$work/dom.html" 2>"$work/dom.log" || {
  echo "FAIL: chromium --dump-dom failed"; tail -5 "$work/dom.log"; exit 1; }
chrome --screenshot="$work/page.png" >/dev/null 2>"$work/shot.log" || {
  echo "FAIL: chromium --screenshot failed"; tail -5 "$work/shot.log"; exit 1; }
if grep -E 'CONSOLE|Uncaught|net::ERR_|Failed to load' "$work/dom.log" "$work/shot.log"; then
  echo "FAIL: the page logged errors"
  exit 1
fi
[ -s "$work/page.png" ] || { echo "FAIL: empty screenshot"; exit 1; }

python3 - "$work/report.json" "$work/dom.html" <<'EOF'
import json, sys
from html.parser import HTMLParser

report = json.load(open(sys.argv[1]))
class Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.staff, self.late_rows, self.bins, self.cells = {}, {}, [], [], []
        self.current_staff = None
        self.groups, self.group = {}, None
        self.bars, self.points, self.trend = {}, [], None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a and "data-value" in a:
            self.ids[a["id"]] = a["data-value"]
        if tag == "tr" and "data-staff" in a:
            self.current_staff = a["data-staff"]
            self.staff[self.current_staff] = {}
        if tag == "td" and "data-field" in a and self.current_staff:
            self.staff[self.current_staff]["_pending"] = a["data-field"]
            if "data-value" in a:
                self.staff[self.current_staff][a["data-field"]] = a["data-value"]
                del self.staff[self.current_staff]["_pending"]
        if tag == "tr" and "data-status" in a:
            self.late_rows.append((a["data-message-id"], a["data-status"],
                                   float(a["data-elapsed-hours"])))
        if tag == "g" and "data-bin" in a:
            self.bins.append(int(a["data-count"]))
        if tag == "rect" and "data-weekday" in a:
            self.cells.append(int(a["data-count"]))
        if tag == "tr" and "data-group" in a:
            self.group = a["data-group"]
            self.groups[self.group] = {}
        if tag == "td" and self.group and "data-value" in a:
            key = a.get("data-standard") or a.get("data-field")
            self.groups[self.group][key] = a["data-value"]
        if tag == "g" and "data-standard" in a:
            self.bars[a["data-standard"]] = a["data-pass-rate"]
        if tag == "svg" and a.get("id", "").startswith("trend-"):
            self.trend = a["id"]
        if tag == "circle" and "data-series" in a:
            self.points.append((self.trend, a["data-series"], a["data-week"],
                                float(a["data-value"])))
    def handle_data(self, data):
        if self.current_staff and "_pending" in self.staff[self.current_staff]:
            field = self.staff[self.current_staff].pop("_pending")
            self.staff[self.current_staff][field] = data.strip()
    def handle_endtag(self, tag):
        if tag == "tr":
            self.current_staff = None
            self.group = None

dom = Dom()
dom.feed(open(sys.argv[2], encoding="utf-8").read())
s = report["summary"]
errors = []
def same(what, html_value, json_value):
    if json_value is None:
        ok = html_value == ""
    else:
        ok = html_value != "" and abs(float(html_value) - float(json_value)) < 0.006
    if not ok:
        errors.append(f"{what}: html {html_value!r} != json {json_value!r}")

for key, field in [("stat-inbound", "inbound"), ("stat-late", "late"),
                   ("stat-answered-in-time", "answered_in_time"),
                   ("stat-unanswered", "unanswered"), ("stat-waiting", "waiting"),
                   ("stat-median", "median_hours"), ("stat-p90", "p90_hours"),
                   ("stat-pass-rate", "pass_rate"), ("stat-messages", "messages"),
                   ("stat-threads", "threads")]:
    if key not in dom.ids:
        errors.append(f"missing #{key}")
    else:
        same(key, dom.ids[key], s[field])
for person in report["staff"]:
    row = dom.staff.get(person["address"])
    if row is None:
        errors.append(f"no staff row for {person['address']}")
        continue
    for field in ["answered", "answered_in_time", "late", "unanswered", "waiting",
                  "median_hours", "p90_hours", "staff_messages_checked"]:
        same(f"{person['address']} {field}", row.get(field, ""), person[field])
expected = sorted((m["message_id"], m["status"], m["elapsed_hours"])
                  for m in report["inbound"] if m["status"] in ("late", "unanswered"))
if sorted(dom.late_rows) != expected:
    errors.append(f"late list {sorted(dom.late_rows)} != {expected}")
if sum(dom.bins) != s["answered"]:
    errors.append(f"histogram holds {sum(dom.bins)} replies, json answered {s['answered']}")
if len(dom.cells) != 7 * 24 or sum(dom.cells) != s["late"] + s["unanswered"]:
    errors.append(f"heat map holds {sum(dom.cells)} in {len(dom.cells)} cells")
def rollup(what, html_row, json_rollup):
    if html_row is None:
        errors.append(f"no scorecard row for {what}")
        return
    for field in ["messages", "mean_score", "auto_failed"]:
        same(f"{what} {field}", html_row.get(field, ""), json_rollup[field])
    for row in json_rollup["standards"]:
        same(f"{what} {row['standard']}", html_row.get(row["standard"], ""), row["pass_rate"])
card = report["scorecard"]
rollup("district", dom.groups.get("district"), card["district"])
for d in card["departments"]:
    rollup(d["department"], dom.groups.get("department:" + d["department"]), d)
for person in report["staff"]:
    rollup(person["address"], dom.groups.get("staff:" + person["address"]), person["scorecard"])
for row in card["district"]["standards"]:
    same(f"bar {row['standard']}", dom.bars.get(row["standard"], ""), row["pass_rate"])
if card["district"]["auto_failed"] < 1:
    errors.append("the test mailbox should have an auto-failed message")
trends = report["trends"]
expected_points = []
for series, key, scale in [("standards", "standard", 1), ("staff", "address", 100)]:
    for line in trends[series]:
        values = line["pass_rate" if series == "standards" else "mean_score"]
        for week, v in zip(trends["weeks"], values):
            if v is not None:
                expected_points.append(("trend-" + series, line[key], week, v / scale))
got = sorted(dom.points)
want = sorted(expected_points)
if len(got) != len(want) or any(g[:3] != w[:3] or abs(g[3] - w[3]) > 0.0001
                                for g, w in zip(got, want)):
    errors.append(f"trend points: html {len(got)} != json {len(want)}")
if len(trends["weeks"]) < 3 or not want:
    errors.append("the store should give several weeks of trends")
if s["inbound"] == 0 or not expected:
    errors.append("the test mailbox should have inbound and late messages")
for e in errors:
    print("FAIL:", e)
print(f"html agrees with json: {s['inbound']} inbound, {s['late']} late, "
      f"{s['unanswered']} unanswered, {len(report['staff'])} staff rows, "
      f"{len(dom.late_rows)} overdue rows, {len(dom.groups)} scorecard rows, "
      f"{len(dom.points)} trend points" if not errors else "")
sys.exit(1 if errors else 0)
EOF
