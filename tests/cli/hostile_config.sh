#!/usr/bin/env bash
# Hostile configuration files: each is refused with exit 2 and an error
# naming the file (and line:column where there is one), in bounded time
# and memory, without a crash: deep nesting, "billion laughs" aliases, an
# alias cycle, a file over the size limit, NUL bytes, /dev/zero, a FIFO, a
# directory, a missing and an unreadable file, a pattern over RE2's budget.
# Usage: hostile_config.sh /path/to/maillint   (run from the repo root)
set -u
bin="$(realpath "$1")"
source "$(dirname "$0")/lib/hostile_lib.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
export XDG_CONFIG_HOME="$work/xdg"
cd "$work"
printf 'Subject: Re: bus\n\nHi Ana,\n\nThe bus leaves at 7:10.\n\nBest regards,\nLee\n' >msg.eml

# Flow nesting far past the limit (yaml-cpp alone would recurse 2000 deep).
python3 -c 'print("organization: " + "[" * 100000 + "]" * 100000)' >deep.yml
expect_error "deep flow nesting" 2 \
  "^maillint: deep.yml:1:[0-9]+: too complex: nested deeper than 64 levels" \
  "$bin" check --config deep.yml msg.eml

# Block nesting: 200 levels of indented mappings.
python3 -c '
for i in range(200): print(" " * i + "k%d:" % i)' >deep-block.yml
expect_error "deep block nesting" 2 \
  "^maillint: deep-block.yml:[0-9]+:[0-9]+: too complex: nested deeper" \
  "$bin" check --config deep-block.yml msg.eml

# Billion laughs: 10 levels of 10 aliases each would be 10^10 values.
python3 -c '
print("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]")
for i in range(1, 10):
    print("a%d: &a%d [%s]" % (i, i, ", ".join(["*a%d" % (i - 1)] * 10)))
print("organization:\n  domains: *a9")' >laughs.yml
expect_error "billion laughs" 2 \
  "^maillint: laughs.yml:[0-9]+:[0-9]+: too complex: more than 250000 values" \
  under_memory_cap "$bin" check --config laughs.yml msg.eml

printf 'organization:\n  name: x\nrules:\n  select: &s [*s]\n' >cycle.yml
expect_error "alias cycle" 2 "^maillint: cycle.yml:4:[0-9]+: " \
  "$bin" check --config cycle.yml msg.eml

# 5 MiB of comments: over the 4 MiB limit, refused before parsing.
python3 -c '
import sys
line = "# " + "x" * 97 + "\n"
sys.stdout.write(line * (5 * 1024 * 1024 // len(line)))' >huge.yml
expect_error "huge file" 2 \
  "^maillint: huge.yml:[0-9]+: the file is larger than 4 MiB" \
  under_memory_cap "$bin" check --config huge.yml msg.eml

printf 'organization:\n  name: a\0b\n' >nul.yml
expect_error "NUL byte" 2 "^maillint: nul.yml:2: the file contains a NUL" \
  "$bin" check --config nul.yml msg.eml

expect_error "/dev/zero" 2 \
  "^maillint: /dev/zero: not a regular file \(a device, FIFO or socket\)" \
  under_memory_cap "$bin" check --config /dev/zero msg.eml

ln -s /dev/zero zero-link.yml
expect_error "symlink to /dev/zero" 2 \
  "^maillint: zero-link.yml: not a regular file" \
  "$bin" check --config zero-link.yml msg.eml

mkfifo fifo.yml  # nobody ever writes to it: opening must not wait
expect_error "FIFO" 2 "^maillint: fifo.yml: not a regular file" \
  "$bin" check --config fifo.yml msg.eml

mkdir dir.yml
expect_error "directory" 2 "^maillint: dir.yml: is a directory, not a file" \
  "$bin" check --config dir.yml msg.eml

expect_error "missing file" 2 \
  "^maillint: missing.yml: cannot read the file: No such file or directory" \
  "$bin" check --config missing.yml msg.eml

printf 'organization:\n  name: x\n' >secret.yml
chmod 000 secret.yml
expect_error "unreadable file" 2 \
  "^maillint: secret.yml: cannot read the file: Permission denied" \
  as_unprivileged "$bin" check --config secret.yml msg.eml

ln -s loop-b.yml loop-a.yml
ln -s loop-a.yml loop-b.yml
expect_error "symlink loop" 2 \
  "^maillint: loop-a.yml: cannot read the file: Too many levels of symbolic links" \
  "$bin" check --config loop-a.yml msg.eml

# A student-id pattern whose program exceeds RE2's memory budget: the
# error names the line and shows the pattern clipped, not 100 KB of it.
python3 -c '
print("confidentiality:\n  student_id_patterns:\n    - \"" + "\\\\pL{1000}" * 4 + "\"")' >budget.yml
expect_error "pattern over RE2 budget" 2 \
  "^maillint: budget.yml:3:5: 'confidentiality.student_id_patterns': bad pattern '.*': pattern too large" \
  "$bin" check --config budget.yml msg.eml
python3 -c '
import random
random.seed(1)
words = ["".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))
         for _ in range(100000)]
print("confidentiality:\n  student_id_patterns:\n    - \"" + "|".join(words) + "\"")' >wide.yml
expect_error "100,000-way pattern" 2 \
  "^maillint: wide.yml:3:5: .*\.\.\. \([0-9]+ bytes\)" \
  under_memory_cap "$bin" check --config wide.yml msg.eml

finish
