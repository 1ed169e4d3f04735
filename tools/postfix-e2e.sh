#!/usr/bin/env bash
# End-to-end test of `maillint milter` in a real Postfix (ctest: gateway.postfix-e2e).
# Starts a throw-away Postfix instance on loopback (tools/postfix-instance.sh,
# under a temporary directory) whose submission smtpd uses the milter, runs
# tools/postfix-e2e.py, and stops both. Needs root and the postfix package;
# without them it says why and exits 77 (ctest: skipped).
# Usage: tools/postfix-e2e.sh MAILLINT
set -euo pipefail
maillint=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" -ne 0 ] || ! command -v postfix >/dev/null; then
  echo "SKIP: needs root and Postfix (tools/install-deps.sh)"; exit 77
fi
# shellcheck source=tools/postfix-instance.sh
source "$root/tools/postfix-instance.sh"
dir=$(mktemp -d)
milter_pid=""
cleanup() {
  postfix_stop
  if [ -n "$milter_pid" ]; then kill "$milter_pid" 2>/dev/null || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT
postfix_setup "$dir"

# The test policy, with notices sent through this instance's sendmail.
sed "s|^    command: .*|    command: \"/usr/sbin/sendmail -C $dir/conf -oi -f '<>' -t\"|" \
  "$root/tests/gateway/gateway.yml" >"$dir/gateway.yml"
grep -q "sendmail -C" "$dir/gateway.yml" || { echo "FAIL: notify command not set"; exit 1; }
"$maillint" milter --socket "inet:$MILTER_PORT@127.0.0.1" \
  --config "$dir/gateway.yml" --deadline-ms 60000 2>"$dir/milter.log" &
milter_pid=$!
postfix_start >/dev/null
for _ in $(seq 300); do
  grep -q listening "$dir/milter.log" && break
  sleep 0.1
done
status=0
PF_DIR=$dir SUBMIT_PORT=$SUBMIT_PORT PLAIN_PORT=$PLAIN_PORT python3 "$root/tools/postfix-e2e.py" || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- milter log"; cat "$dir/milter.log"
  echo "--- postfix log"; tail -50 "$dir/postfix.log"
  exit 1
fi
# The milter logged every message with Postfix's queue id.
grep -q 'queue=[0-9A-F]\{6,\} ' "$dir/milter.log" || { cat "$dir/milter.log"; echo "FAIL: no queue ids"; exit 1; }
echo "PASS: postfix end to end"
