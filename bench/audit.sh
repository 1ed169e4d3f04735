#!/usr/bin/env bash
# Audit benchmark (issue 17): `maillint audit` throughput and peak RSS on
# mailboxes of 50, 100 and 200 MB built by bench/make_mailbox.py from
# ../shared/corpus-real, next to `maillint check --rules '-*'` (parse only)
# on the same file in the same run as the baseline (the audit reads every
# message twice and runs every default rule on the staff messages, so its
# ratio to one parse is the figure to watch). Peak RSS is
# /usr/bin/time -v's maximum resident set size; the target is at most
# 64 MB at every size. Prints a markdown table (paste into bench/RESULTS.md).
#
# usage: bench/audit.sh [--jobs N] [--sizes "50 100 200"]
#   MAILLINT_BIN=path measures that binary instead of building build/maillint.
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=2
sizes="50 100 200"
while [ $# -gt 0 ]; do
  case "$1" in
    --jobs) jobs="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    *) echo "usage: bench/audit.sh [--jobs N] [--sizes \"50 100 200\"]" >&2; exit 2 ;;
  esac
done

work=bench/work
mkdir -p "$work"
: "${MAILLINT_BIN:=}"
[ -n "$MAILLINT_BIN" ] || { cmake -S . -B build -G Ninja >/dev/null && ninja -C build maillint >/dev/null; }
bin="${MAILLINT_BIN:-build/maillint}"

# measure NAME CMD...: wall seconds and peak RSS (MB) of CMD.
measure() {
  local name="$1"; shift
  local rc=0
  /usr/bin/time -v -o "$work/$name.time" "$@" >/dev/null 2>"$work/$name.err" || rc=$?
  if [ "$rc" -ge 2 ]; then
    echo "audit bench: $name failed (exit $rc):" >&2
    tail -5 "$work/$name.err" >&2
    exit 1
  fi
  local wall rss
  wall="$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$work/$name.time" |
    awk -F: '{s = 0; for (k = 1; k <= NF; k++) s = s * 60 + $k; print s}')"
  rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/$name.time")"
  echo "$wall $((rss / 1024))"
}

echo "| mailbox | messages | parse only MB/s | audit MB/s | audit / parse | audit peak RSS |"
echo "|---|---|---|---|---|---|"
for size in $sizes; do
  mbox="$work/audit-$size.mbox"
  [ -f "$mbox" ] || python3 bench/make_mailbox.py --size-mb "$size" --out "$mbox" >&2
  mb="$(awk -v b="$(stat -c %s "$mbox")" 'BEGIN {printf "%.1f", b / 1048576}')"
  messages="$(grep -c '^From ' "$mbox")"
  read -r parse_s _ < <(measure "parse-$size" "$bin" check --rules '-*' --jobs "$jobs" -f json "$mbox")
  read -r audit_s audit_rss < <(measure "audit-$size" "$bin" audit --domain pghschools.org \
    --as-of 2026-11-20 --jobs "$jobs" -f json --quiet "$mbox")
  awk -v mb="$mb" -v p="$parse_s" -v a="$audit_s" -v rss="$audit_rss" -v n="$messages" \
    'BEGIN {printf "| %s MB | %d | %.1f | %.1f | %.2f | %d MB |\n", mb, n, mb / p, mb / a, p / a, rss}'
done
