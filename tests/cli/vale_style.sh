#!/usr/bin/env bash
# A Vale-format style folder named in rules.paths loads: supported rules are
# listed and run, a lookbehind rule and an unsupported kind are skipped with
# one warning each naming the rule and the reason.
# Usage: vale_style.sh /path/to/maillint   (run from the repo root)
set -u
bin="$1"
style="$PWD/tests/vale/Demo"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/xdg"
printf 'rules:\n  packs: []\n  paths: [%s]\n' "$style" > "$work/vale.yml"
fail() { echo "FAIL: $*"; exit 1; }

list="$("$bin" rules list --config "$work/vale.yml" 2>"$work/err")" || fail "rules list exit $?"
for id in demo.hedging demo.word-choice demo.repeated; do
  grep -q "^$id " <<<"$list" || fail "$id not listed"
done
grep -q "demo.lookbehind\|demo.spelling" <<<"$list" && fail "skipped rules listed"
want="maillint: warning: $style/Lookbehind.yml: rule demo.lookbehind skipped: RE2 does not support '(?<' (lookaround, backreferences and possessive repeats are not available)
maillint: warning: $style/Spelling.yml: rule demo.spelling skipped: kind 'spelling' is not supported"
[ "$(cat "$work/err")" = "$want" ] || fail "warnings were: $(cat "$work/err")"

printf 'From: a@example.org\nSubject: x\n\nI think we should utilize the the new form.\n' > "$work/m.eml"
out="$("$bin" check --config "$work/vale.yml" "$work/m.eml" 2>/dev/null)"
grep -q "\[demo.hedging\]" <<<"$out" || fail "hedging not reported: $out"
grep -q "Use 'use' instead of 'utilize'.*\[demo.word-choice\]" <<<"$out" || fail "swap not reported: $out"
grep -q "'the' is repeated.*\[demo.repeated\]" <<<"$out" || fail "repetition not reported: $out"
echo ok
