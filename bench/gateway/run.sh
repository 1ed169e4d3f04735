#!/usr/bin/env bash
# Gateway benchmark: messages per second and latency through a real Postfix on
# loopback, with the maillint milter (submission port) and without it (the same
# smtpd, no milter), in alternating rounds of the same run; and the milter's
# peak RSS (VmHWM) after each round (flat under load = no growth per round).
# Messages: the corpus' good-*.eml replies. Postfix discards after queueing.
# Needs root and Postfix. Usage: bench/gateway/run.sh [MAILLINT] [CLIENTS] [PER_CLIENT] [ROUNDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
maillint=$(realpath "${1:-$root/build/maillint}")
clients=${2:-8}
per_client=${3:-100}
rounds=${4:-3}
# shellcheck source=tools/postfix-instance.sh
source "$root/tools/postfix-instance.sh"
dir=$(mktemp -d)
milter_pid=""
trap 'postfix_stop; [ -n "$milter_pid" ] && kill "$milter_pid" 2>/dev/null; rm -rf "$dir"' EXIT
# A unix socket, as recommended (doc/gateway.md): over loopback TCP each
# milter reply can wait for a delayed ACK (Nagle; libmilter sets no
# TCP_NODELAY). MILTER_SOCKET=inet measures that instead.
if [ "${MILTER_SOCKET:-unix}" = inet ]; then
  PF_TRANSPORT=discard postfix_setup "$dir"
  spec="inet:$MILTER_PORT@127.0.0.1"
else
  spec="unix:$dir/milter.sock"
  PF_MILTER="unix:$dir/milter.sock" PF_TRANSPORT=discard postfix_setup "$dir"
fi
sed -i 's/^default_process_limit = .*/default_process_limit = 100/' "$dir/conf/main.cf"
(umask 0 && exec "$maillint" milter --socket "$spec" --deadline-ms 60000) 2>"$dir/milter.log" &
milter_pid=$!
postfix_start >/dev/null
for _ in $(seq 300); do grep -q listening "$dir/milter.log" && break; sleep 0.1; done

run() { python3 "$root/bench/gateway/load.py" "$1" "$clients" "$per_client" "$root/corpus"; }
run "$PLAIN_PORT" >/dev/null   # warm-up: Postfix processes, milter dictionaries
run "$SUBMIT_PORT" >/dev/null
: >"$dir/results"
for r in $(seq "$rounds"); do
  run "$PLAIN_PORT" | sed 's/^/plain /' >>"$dir/results"
  run "$SUBMIT_PORT" | sed 's/^/milter /' >>"$dir/results"
  echo "rss $(awk '/VmHWM/ {print $2}' /proc/$milter_pid/status) $(awk '/VmRSS/ {print $2}' /proc/$milter_pid/status)" >>"$dir/results"
done
python3 - "$dir/results" "$clients" "$per_client" "$dir/milter.log" <<'PY'
import json, re, statistics, sys
runs = {"plain": [], "milter": []}
rss = []
for line in open(sys.argv[1]):
    kind, rest = line.split(" ", 1)
    if kind == "rss":
        rss.append([int(x) for x in rest.split()])
    else:
        runs[kind].append(json.loads(rest))
def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]
out = {}
for kind, rs in runs.items():
    lat = [x for r in rs for x in r["latencies_ms"]]
    out[kind] = {
        "msgs_per_s": statistics.median(r["messages"] / r["seconds"] for r in rs),
        "p50": pct(lat, 50), "p99": pct(lat, 99), "n": len(lat)}
p, m = out["plain"], out["milter"]
print(f"clients={sys.argv[2]} messages/client={sys.argv[3]} rounds={len(runs['plain'])}")
print(f"without milter: {p['msgs_per_s']:.0f} msg/s, latency p50 {p['p50']:.1f} ms, p99 {p['p99']:.1f} ms ({p['n']} messages)")
print(f"with milter:    {m['msgs_per_s']:.0f} msg/s, latency p50 {m['p50']:.1f} ms, p99 {m['p99']:.1f} ms ({m['n']} messages)")
print(f"throughput ratio with/without: {m['msgs_per_s'] / p['msgs_per_s']:.2f}")
print(f"added latency: p50 {m['p50'] - p['p50']:.1f} ms, p99 {m['p99'] - p['p99']:.1f} ms")
print("milter peak RSS (VmHWM) after each round, MB: " + ", ".join(f"{h / 1024:.1f}" for h, _ in rss))
ms = [float(x) for x in re.findall(r" ms=([0-9.]+)", open(sys.argv[4]).read())]
if ms:
    print(f"milter's own time per message (MAIL FROM to verdict, its log): p50 {pct(ms, 50):.1f} ms, p99 {pct(ms, 99):.1f} ms")
PY
