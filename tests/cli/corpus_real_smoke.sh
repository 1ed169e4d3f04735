#!/usr/bin/env bash
# Every message and mailbox under ../shared/corpus-real goes through
# `maillint check` without a crash or a hang: the exit code is 0 or 1 (never
# 2, never a signal), and each batch finishes within its timeout.
# Usage: corpus_real_smoke.sh /path/to/maillint   (run from the repo root)
set -u
bin="$1"
corpus="../shared/corpus-real"
if [ ! -d "$corpus" ]; then
  echo "corpus-real not found at $corpus; skipped"
  exit 0
fi

# Message-like files only: expected-result data (json, xml, tsv, lists),
# licences and our ground truth are not mail.
mapfile -d '' files < <(find "$corpus" -type f \
  -not -path '*/ground_truth/*' -not -name '*.json' -not -name '*.md' \
  -not -name '*.tsv' -not -name '*.xml' -not -name '*.list' \
  -not -name 'COPYING*' -not -name '*LICENSE*' -not -name 'README*' -print0 | sort -z)

failures=0
run() {  # run FILE... ; prints a line per failing invocation
  timeout 60 "$bin" check --quiet "$@" >/dev/null 2>&1
  local rc=$?
  if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
    echo "$rc"
    return 1
  fi
  return 0
}

batch=40
for ((i = 0; i < ${#files[@]}; i += batch)); do
  chunk=("${files[@]:i:batch}")
  if ! rc=$(run "${chunk[@]}"); then
    # Find the culprit(s) one file at a time.
    for f in "${chunk[@]}"; do
      if ! rc=$(run "$f"); then
        case $rc in
          124) why="hang (timeout)" ;;
          2) why="exit 2 (usage/config error)" ;;
          *) why="exit $rc (signal $((rc > 128 ? rc - 128 : 0)))" ;;
        esac
        echo "FAIL: $f: $why"
        failures=$((failures + 1))
      fi
    done
  fi
done

echo "checked ${#files[@]} files from corpus-real, $failures failures"
[ "$failures" -eq 0 ]
