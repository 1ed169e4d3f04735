#!/usr/bin/env bash
# Layers: every #include in src/ points to the same layer or a lower one.
# Low to high (../shared/design.md, "The analysis layer"):
#   base -> mail -> anatomy -> analysis -> mailbox -> lint -> rules
#   -> report | audit -> gateway | serve -> commands -> main.cc
# Layers on one rung (report and audit; gateway and serve) do not include
# each other. The build links one static library per layer in this order
# (CMakeLists.txt), so a back-edge also fails to link; this check names the
# offending line. Usage: tools/check-layers.sh   (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/../src"

rank() {
  case "$1" in
    base) echo 0 ;; mail) echo 1 ;; anatomy) echo 2 ;; analysis) echo 3 ;;
    mailbox) echo 4 ;; lint) echo 5 ;; rules) echo 6 ;;
    report | audit) echo 7 ;; gateway | serve) echo 8 ;;
    commands) echo 9 ;; main.cc) echo 10 ;; version.h) echo 0 ;;
    *) echo "" ;;
  esac
}

status=0
while IFS= read -r -d '' file; do
  from="${file%%/*}"
  from_rank="$(rank "$from")"
  if [ -z "$from_rank" ]; then
    echo "check-layers: src/$file: folder '$from' is not a layer (add it to tools/check-layers.sh and CMakeLists.txt)"
    status=1
    continue
  fi
  while IFS=: read -r line include; do
    to="${include%%/*}"
    [ "$to" = "tests" ] && continue
    to_rank="$(rank "$to")"
    [ -z "$to_rank" ] && continue
    if [ "$to_rank" -gt "$from_rank" ] ||
       { [ "$to_rank" -eq "$from_rank" ] && [ "$to" != "$from" ] && [ "$to" != version.h ]; }; then
      echo "check-layers: src/$file:$line: $from includes $include (a higher or sibling layer)"
      status=1
    fi
  done < <(grep -n '^#include "' "$file" | sed -E 's/^([0-9]+):#include "([^"]+)".*/\1:\2/')
done < <(find . -name '*.cc' -o -name '*.h' | sed 's#^\./##' | grep -v '_test\.cc$' | tr '\n' '\0')
exit "$status"
