#!/usr/bin/env bash
# The bundled corpus/ is the quick-start demo and the README's examples, so it
# guards against false positives and silent rules at once: with the corpus
# configuration and every default rule, each good-*.eml passes even at
# --fail-on warning, and each bad-*.eml fails and carries at least one
# finding from the rule family its folder is named after.
set -uo pipefail
MAILLINT="$1"
CONFIG=corpus/.maillint.yml
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
checked=0

while IFS= read -r -d '' file; do
  family=$(basename "$(dirname "$file")")
  name=$(basename "$file")
  checked=$((checked + 1))
  case "$name" in
    good-*)
      "$MAILLINT" check --config "$CONFIG" --fail-on warning "$file" >"$TMP/out" 2>&1
      rc=$?
      [ "$rc" -eq 0 ] || fail "$file should pass at --fail-on warning (exit $rc):
$(cat "$TMP/out")"
      ;;
    bad-*)
      "$MAILLINT" check --config "$CONFIG" --fail-on info "$file" >"$TMP/out" 2>&1
      rc=$?
      [ "$rc" -eq 1 ] || fail "$file should fail (exit $rc)"
      grep -q "\[$family\.[a-z-]*\]" "$TMP/out" ||
        fail "$file has no $family.* finding:
$(cat "$TMP/out")"
      ;;
  esac
done < <(find corpus -name '*.eml' -print0 | sort -z)

[ "$checked" -ge 10 ] || fail "only $checked corpus examples found"
if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "corpus examples: $checked messages behave as their names say"
