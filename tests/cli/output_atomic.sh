#!/usr/bin/env bash
# Crash-safe outputs: `-o FILE` is written to a hidden temporary file in
# FILE's folder and renamed over FILE only when complete, so a killed run
# (SIGKILL) or a failed write (full disk, file size limit) never leaves a
# truncated report that looks complete; a write failure is a clear error
# with exit 2. Checked for check, audit and show, on a full tmpfs (when
# mount is allowed), under `ulimit -f`, on /dev/full, and with SIGKILL.
# Usage: output_atomic.sh /path/to/maillint   (run from the repo root)
set -u
bin="$(realpath "$1")"
data="$(realpath tests/cli/data)"
source "$(dirname "$0")/lib/hostile_lib.sh"
work="$(mktemp -d)"
mounted=""
fifo_writer=""
cleanup() {
  [ -n "$fifo_writer" ] && kill "$fifo_writer" 2>/dev/null
  [ -n "$mounted" ] && umount "$mounted" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export XDG_CONFIG_HOME="$work/xdg"
cd "$work"
msg="$data/good-reply.eml"
mbox="$work/big.mbox"  # a report of it is well over 1 KiB
for _ in $(seq 20); do cat "$data/mailbox.mbox"; done >"$mbox"
no_temp_left() { ! ls -A "$1" | grep -q '\.maillint-'; }

# A complete report, for comparison.
"$bin" check --format json -o report.json "$msg" >/dev/null
check "report written" python3 -c 'import json,sys; json.load(open("report.json"))'
check "no temporary file left after success" no_temp_left .
check "mode follows the umask" test "$(stat -c %a report.json)" = \
  "$(printf '%o' $((0666 & ~$(umask))))"
cp report.json before.json

# File size limit: the report does not fit in 1 KiB.
expect_error "ulimit -f: check" 2 \
  "^maillint: report.json: write failed: File too large \(the file was left unchanged\)" \
  bash -c "ulimit -f 1; exec '$bin' check --format json -o report.json '$mbox'"
check "ulimit -f: old report intact" cmp -s before.json report.json
check "ulimit -f: no temporary file left" no_temp_left .
expect_error "ulimit -f: audit" 2 "^maillint: audit.html: write failed: File too large" \
  bash -c "ulimit -f 1; exec '$bin' audit --format html --domain example.org \
    --as-of 2026-11-20T17:00:00-05:00 -o audit.html '$mbox'"
check "ulimit -f: no partial audit report" test ! -e audit.html
expect_error "ulimit -f: show" 2 "^maillint: shown.txt: write failed: File too large" \
  bash -c "ulimit -f 1; exec '$bin' show -o shown.txt '$mbox'"
check "ulimit -f: no partial show output" test ! -e shown.txt

# A full disk, for real: a 64 KiB tmpfs already filled (needs mount rights;
# otherwise /dev/full below still simulates it).
mkdir full
if mount -t tmpfs -o size=64k tmpfs full 2>/dev/null; then
  mounted="$work/full"
  cp before.json full/report.json
  head -c 1M /dev/zero >full/filler 2>/dev/null
  expect_error "full tmpfs" 2 \
    "^maillint: full/report.json: write failed: No space left on device \(the file was left unchanged\)" \
    "$bin" check --format json -o full/report.json "$mbox"
  check "full tmpfs: old report intact" cmp -s before.json full/report.json
  check "full tmpfs: no temporary file left" no_temp_left full
else
  echo "skip full tmpfs (mount not permitted here); /dev/full covers ENOSPC"
fi
expect_error "/dev/full via -o" 2 \
  "^maillint: /dev/full: write failed: No space left on device" \
  "$bin" check --format json -o /dev/full "$mbox"
expect_error "/dev/full as stdout" 2 \
  "^maillint: standard output: write failed" \
  bash -c "exec '$bin' check --format json '$mbox' >/dev/full"
expect_error "-o into a missing folder" 2 \
  "^maillint: nowhere/report.json: cannot create a file in nowhere: No such file or directory" \
  "$bin" check -o nowhere/report.json "$msg"
mkdir adir
expect_error "-o names a folder" 2 "^maillint: adir: is a directory" \
  "$bin" check -o adir "$msg"
check "-o /dev/null still works" "$bin" check -o /dev/null "$msg"

# SIGKILL mid-run: maillint reads a message from a FIFO whose writer stays
# open, so it is still running (blocked on input) with its output open; it
# is killed there. The old report must be intact, never a truncated one.
mkfifo in.fifo
{ cat "$msg"; sleep 600; } >in.fifo &
fifo_writer=$!
"$bin" check --format json -o report.json - <in.fifo &
pid=$!
for _ in $(seq 600); do
  ls -A | grep -q '^\.report\.json\.maillint-' && break
  sleep 0.1
done
check "SIGKILL: the run had its temporary output open" \
  bash -c "ls -A | grep -q '^\.report\.json\.maillint-'"
kill -KILL "$pid"
wait "$pid" 2>/dev/null
check "SIGKILL: old report intact" cmp -s before.json report.json
kill "$fifo_writer" 2>/dev/null
fifo_writer=""

finish
