#!/usr/bin/env bash
# Hostile rule files and folders in rules.paths: each stops the run with
# exit 2 and an error naming the file (and line:column where there is one),
# in bounded time and memory, without a crash: a rule with 100,000 tokens,
# a pattern over RE2's memory budget, deep nesting and aliases, a huge file,
# symlink loops (file, family folder, rules.paths entry), a FIFO, a link to
# /dev/zero, and unreadable files and folders.
# Usage: hostile_rules.sh /path/to/maillint   (run from the repo root)
set -u
bin="$(realpath "$1")"
source "$(dirname "$0")/lib/hostile_lib.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
export XDG_CONFIG_HOME="$work/xdg"
cd "$work"
mkdir -p r/house
printf 'rules:\n  paths: [r]\n' >.maillint.yml
r="$work/r/house"

# only FILE: makes FILE the one entry of the family folder r/house.
only() {
  rm -rf r/house
  mkdir -p r/house
}

only
# 100,000 random words: no common prefixes for RE2 to factor, so the
# joined pattern cannot fit the budget.
python3 -c '
import random
random.seed(1)
print("extends: existence\nmessage: \"%s\"\ntokens:")
for i in range(100000):
    print("  - " + "".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8)))' \
  >r/house/wide.yml
expect_error "rule with 100,000 tokens" 2 \
  "^maillint: $r/wide.yml:4:3: pattern exceeds the memory budget of 2 MiB: .*\.\.\. \([0-9]+ bytes\)$" \
  under_memory_cap "$bin" rules list

only
# A thousand letters of any script: valid RE2, but just over the budget
# ([a-z]{1000} fits).
printf 'extends: existence\nmessage: x\ntokens:\n  - "\\\\pL{1000}"\n' >r/house/budget.yml
expect_error "pattern over RE2 budget" 2 \
  "^maillint: $r/budget.yml:4:5: pattern exceeds the memory budget of 2 MiB: .pL\{1000\}$" \
  "$bin" rules list
only
printf 'extends: existence\nmessage: x\ntokens:\n  - "[a-z]{1000}"\n' >r/house/fits.yml
out="$(timeout 120 "$bin" rules list 2>&1)"
check "pattern just under the budget loads" grep -q "house.fits" <<<"$out"

only
python3 -c 'print("extends: existence\nmessage: x\ntokens: " + "[" * 50000 + "a" + "]" * 50000)' \
  >r/house/deep.yml
expect_error "deep nesting" 2 \
  "^maillint: $r/deep.yml:3:[0-9]+: too complex: nested deeper than 64 levels" \
  "$bin" rules list

only
python3 -c '
print("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]")
for i in range(1, 12):
    print("a%d: &a%d [%s]" % (i, i, ", ".join(["*a%d" % (i - 1)] * 10)))
print("extends: existence\nmessage: x\ntokens: *a11")' >r/house/laughs.yml
expect_error "billion laughs" 2 \
  "^maillint: $r/laughs.yml:[0-9]+:[0-9]+: too complex: more than 250000 values" \
  under_memory_cap "$bin" rules list

only
python3 -c '
import sys
sys.stdout.write("extends: existence\nmessage: x\ntokens: [a]\n" + ("#" * 99 + "\n") * 50000)' \
  >r/house/huge.yml
expect_error "huge rule file" 2 \
  "^maillint: $r/huge.yml:[0-9]+: the file is larger than 4 MiB" \
  under_memory_cap "$bin" rules list

only
ln -s loop.yml r/house/loop.yml
expect_error "symlink loop (file)" 2 \
  "^maillint: $r/loop.yml: cannot read the file: Too many levels of symbolic links" \
  "$bin" rules list

only
ln -s /dev/zero r/house/zero.yml
expect_error "link to /dev/zero" 2 \
  "^maillint: $r/zero.yml: not a regular file \(a device, FIFO or socket\)" \
  under_memory_cap "$bin" rules list

only
mkfifo r/house/fifo.yml  # never written: must not block
expect_error "FIFO" 2 "^maillint: $r/fifo.yml: not a regular file" \
  "$bin" rules list

only
printf 'extends: existence\nmessage: x\ntokens: [a]\n' >r/house/secret.yml
chmod 000 r/house/secret.yml
expect_error "unreadable rule file" 2 \
  "^maillint: $r/secret.yml: cannot read the file: Permission denied" \
  as_unprivileged "$bin" rules list

only
chmod 000 r/house
expect_error "unreadable family folder" 2 \
  "^maillint: $r: cannot read the rule folder: Permission denied" \
  as_unprivileged "$bin" rules list
chmod 755 r/house

# A family folder that links back to its parent is read once (two levels
# are read, never more): no loop, the rules load.
only
printf 'extends: existence\nmessage: x\ntokens: [kumquat]\n' >r/house/fruit.yml
ln -s .. r/house/up
out="$(timeout 120 "$bin" rules list 2>&1)"
check "family folder linking to its parent loads" grep -q "house.fruit" <<<"$out"

# A rules.paths entry that is a symlink loop, or not a folder.
printf 'rules:\n  paths: [self]\n' >.maillint.yml
ln -s self self
expect_error "rules.paths symlink loop" 2 \
  "rule folder '$work/self': Too many levels of symbolic links" \
  "$bin" rules list
printf 'rules:\n  paths: [.maillint.yml]\n' >.maillint.yml
expect_error "rules.paths names a file" 2 \
  "rule folder '$work/.maillint.yml': not a folder" "$bin" rules list

finish
