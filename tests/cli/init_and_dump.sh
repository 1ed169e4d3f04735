#!/usr/bin/env bash
# `init` writes a starter config that loads cleanly and refuses to overwrite
# it; `config --dump` shows values with their sources, including rule
# options and --set overrides.
# Usage: init_and_dump.sh /path/to/maillint   (run from the repo root)
set -u
bin="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/xdg"
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
"$bin" init >/dev/null || fail "init exit $?"
[ -s .maillint.yml ] || fail "no file written"
cp .maillint.yml before.yml
"$bin" init 2>err.txt
[ $? -eq 2 ] || fail "second init did not exit 2"
grep -q "already exists; not overwriting" err.txt || fail "$(cat err.txt)"
cmp -s .maillint.yml before.yml || fail "file changed"
dump="$("$bin" config --dump --set turnaround.hours=48)" || fail "dump of the starter file failed"
grep -q '^  domains: \["example.org"\]  # .*\.maillint\.yml:7:12$' <<<"$dump" || fail "domains source: $dump"
grep -q '^  hours: 48.000000  # --set$' <<<"$dump" || fail "--set source"
grep -q '^  max_grade: 10.000000  # .*\.maillint\.yml:' <<<"$dump" || fail "max_grade"
grep -q '^    tone.blame:$' <<<"$dump" || fail "rule list"
echo ok
