#!/usr/bin/env bash
# man/maillint.1 is clean under `mandoc -Tlint` (warnings and errors fail;
# style notes such as manuals not installed here do not), and documents every
# command, every long option of check and filter, and every output format the
# binary offers.
set -uo pipefail
MAILLINT="$1"
PAGE=man/maillint.1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

if ! command -v mandoc >/dev/null; then
  echo "FAIL: mandoc is missing (tools/install-deps.sh installs it)"
  exit 1
fi
lint=$(mandoc -Tlint -W warning "$PAGE" 2>&1 | grep -E 'WARNING|ERROR|UNSUPP|BADARG')
if [ -n "$lint" ]; then
  echo "$lint"
  fail "mandoc -Tlint reports problems"
fi
mandoc -Tascii "$PAGE" >/dev/null 2>&1 || fail "mandoc cannot render the page"

# Commands, from the binary's own help.
commands=$("$MAILLINT" --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || fail "no commands found in maillint --help"
for c in $commands; do
  grep -q "^\.It Cm $c\b" "$PAGE" || fail "command '$c' has no entry in COMMANDS"
done

# Long options of check and filter, from their help.
for c in check filter milter; do
  for opt in $("$MAILLINT" "$c" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
    [ "$opt" = "--help" ] && continue
    escaped=$(printf "%s" "${opt#-}" | sed "s/-/\\\\\\\\-/g")
    grep -q -- "Fl $escaped\b" "$PAGE" || fail "$c option '$opt' is not documented"
  done
done

# Every format.
for f in $("$MAILLINT" check --format list); do
  grep -q "^\.It Cm $f\$" "$PAGE" || fail "format '$f' is not documented"
done

for section in "EXIT STATUS" ENVIRONMENT FILES EXAMPLES "JSON FIELDS"; do
  grep -q "^\.Sh $section\$" "$PAGE" || fail "section $section is missing"
done
for hook in "content_filter" ":0 fw" "xfilter"; do
  grep -qF "$hook" "$PAGE" || fail "gateway example '$hook' is missing"
done

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "man page: all checks passed"
