#!/usr/bin/env bash
# Reply anatomy on real annotated mail: the Quagga zone sets (Apache
# mailing lists and Enron, ../shared/corpus-real/quagga-zones) scored by
# ../shared/tools/score-zones.py on their test split. Fails when the share
# of messages whose own words maillint finds exactly drops below the floor:
# 0.70 on Enron (issue 14's target; 0.90 today). On ASF the floor is today's
# level, 0.63, not issue 14's 0.80: the annotators count mailing-list
# footers ("To unsubscribe e-mail: ..."), "Sent from my iPhone" and legal
# disclaimers as the author's words, which maillint keeps apart on purpose
# (bench/RESULTS.md, "Reply anatomy on Quagga zones"). The npm parsers the
# scorer can compare against are not needed here.
# Usage: anatomy_zones_floor.sh /path/to/maillint   (run from the repo root)
set -u
bin="$1"
scorer="../shared/tools/score-zones.py"
if [ ! -f "$scorer" ] || [ ! -d ../shared/corpus-real/quagga-zones ]; then
  echo "quagga-zones or its scorer not found under ../shared; skipped"
  exit 0
fi
out="$(python3 "$scorer" --bin "$bin" --split test 2>&1)"
rc=$?
echo "$out"
if [ $rc -ne 0 ]; then
  echo "FAIL: the scorer exited with $rc"
  exit 1
fi
python3 - "$out" <<'EOF'
import re, sys
floors = {"asf": 0.63, "enron": 0.70}
line = next((l for l in sys.argv[1].splitlines() if l.startswith("maillint")), "")
failed = False
for name, floor in floors.items():
    m = re.search(name + r": exact (\d+)/(\d+)", line)
    if not m:
        print(f"FAIL: no {name} score in the scorer's output")
        failed = True
        continue
    rate = int(m.group(1)) / int(m.group(2))
    verdict = "ok" if rate >= floor else "FAIL"
    print(f"{verdict}: {name} exact own words {rate:.3f} (floor {floor:.2f})")
    failed = failed or rate < floor
sys.exit(1 if failed else 0)
EOF
