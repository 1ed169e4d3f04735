#!/usr/bin/env bash
# A YAML rule dropped into a folder named in the config shows up, without a
# rebuild, in `rules list`, `rules show`, in check reports and in
# `rules test`; a rule whose own example is wrong makes `rules test` fail.
# Usage: rules_dropin.sh /path/to/maillint   (run from the repo root)
set -u
bin="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/xdg"
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
mkdir -p house/jargon
printf 'rules:\n  paths: [house]\n' > .maillint.yml
"$bin" rules list | grep -q '^jargon\.' && fail "rule listed before it exists"

cat > house/jargon/edu-speak.yml <<'YML'
extends: existence
message: "'%s' is district jargon; say what it means."
description: Flags district acronyms that families may not know.
level: warning
tokens: [LEA, IEP team, RTI]
examples:
  fire: ["The LEA will decide."]
  silent: ["The school district will decide."]
YML
"$bin" rules list | grep -q '^jargon.edu-speak  *warning  *existence  *Flags district acronyms' ||
  fail "not listed: $("$bin" rules list)"
"$bin" rules show jargon.edu-speak | grep -q 'The LEA will decide.' || fail "rules show"
printf 'From: a@example.org\nSubject: x\n\nThe RTI meeting is at 3.\n' > m.eml
"$bin" check m.eml | grep -q "m.eml:4:5: .*'RTI' is district jargon.*\[jargon.edu-speak\]" ||
  fail "not reported: $("$bin" check m.eml)"
"$bin" rules test house | grep -q '^ok   jargon.edu-speak (2 examples)' || fail "rules test DIR"
"$bin" rules test | grep -q '^ok   jargon.edu-speak' || fail "rules test (configured rules)"

cat > house/jargon/wrong.yml <<'YML'
extends: existence
message: "x"
tokens: [foo]
examples:
  fire: ["no match here"]
YML
out="$("$bin" rules test house)"
rc=$?
[ "$rc" -eq 1 ] || fail "rules test with a wrong example exited $rc"
grep -q '^FAIL jargon.wrong: fire example 1 gave no finding: "no match here"' <<<"$out" || fail "$out"
echo ok
