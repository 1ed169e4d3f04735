#!/usr/bin/env bash
# Runs one milter test (tests/gateway/*.lua with miltertest, or *.py) against
# a fresh `maillint milter` on a unix socket in a temporary directory, with
# tests/gateway/gateway.yml. A script may ask for daemon flags and
# environment with "-- daemon: FLAGS" and "-- env: VAR=value" lines.
# Afterwards the daemon must still be running (or, for drain.lua, have exited
# on its own), stop on SIGTERM with exit 0, and have logged one well-formed
# line per message.
# Usage: run_miltertest.sh MAILLINT SCRIPT
set -euo pipefail
maillint=$(realpath "$1")
script=$(realpath "$2")
command -v miltertest >/dev/null || { echo "SKIP: miltertest not installed"; exit 77; }
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi
  rm -rf "$dir"
}
trap cleanup EXIT

cp "$here/gateway.yml" "$dir/config.yml"
mkdir "$dir/notices"
flags=$(sed -n 's/^-- daemon: //p' "$script")
envs=$(sed -n 's/^-- env: //p' "$script")
case " $flags " in *" --deadline-ms "*) ;; *) flags="$flags --deadline-ms 120000" ;; esac

# shellcheck disable=SC2086  # flags and envs are word lists on purpose
env $envs MAILLINT_NOTICE_DIR="$dir/notices" "$maillint" milter \
  --socket "unix:$dir/milter.sock" --config "$dir/config.yml" --max-size 4M \
  --stats-file "$dir/stats.prom" $flags 2>"$dir/log" &
pid=$!
for _ in $(seq 300); do
  [ -S "$dir/milter.sock" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$dir/log"; echo "FAIL: daemon did not start"; exit 1; }
  sleep 0.1
done

export GW_SOCKET="unix:$dir/milter.sock" GW_PID="$pid" GW_DIR="$dir" \
  GW_CONFIG="$dir/config.yml" GW_LIB="$here/lib.lua"
status=0
case "$script" in
  *.py) { python3 "$script" && miltertest -s "$here/clean.lua"; } || status=$? ;;
  *)
    # miltertest exits 1 on a Lua error without printing it: say why.
    printf 'local ok, err = pcall(dofile, "%s")\nif not ok then print(err) os.exit(1) end\n' \
      "$script" >"$dir/wrap.lua"
    miltertest -s "$dir/wrap.lua" || status=$? ;;
esac
if [ "$status" -ne 0 ]; then
  echo "--- daemon log"; cat "$dir/log"; echo "FAIL: $script"; exit 1
fi

if [ "$(basename "$script")" != drain.lua ]; then
  kill -0 "$pid" 2>/dev/null || { cat "$dir/log"; echo "FAIL: daemon died"; exit 1; }
  kill -TERM "$pid"
fi
code=0
wait "$pid" || code=$?
pid=""
if [ "$code" -ne 0 ]; then cat "$dir/log"; echo "FAIL: daemon exit $code"; exit 1; fi
# One line per message, each with the fields the issue asks for.
bad=$(grep 'queue=' "$dir/log" | grep -Ev 'queue=[^ ]+ status=(pass|fail|error) action=[a-z]+ rules=[^ ]+ rcpt=[0-9]+ external=[0-9]+ bytes=[0-9]+ ms=[0-9.]+' || true)
if [ -n "$bad" ]; then echo "FAIL: malformed log lines:"; echo "$bad"; exit 1; fi
grep -q 'maillint-milter: stopped' "$dir/log" || { cat "$dir/log"; echo "FAIL: no clean stop"; exit 1; }
echo "PASS: $(basename "$script")"
