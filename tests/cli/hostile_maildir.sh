#!/usr/bin/env bash
# Hostile Maildirs: symlink loops (a folder linking to its parent, a file
# linking to itself), a FIFO, a link to /dev/zero, an unreadable message and
# an unreadable sub-folder. Each is reported by path with the reason, the
# readable messages are still checked, the run ends (exit 1: some input
# could not be read) in bounded time, and nothing is opened that could block.
# Usage: hostile_maildir.sh /path/to/maillint   (run from the repo root)
set -u
bin="$(realpath "$1")"
data="$(realpath tests/cli/data)"
source "$(dirname "$0")/lib/hostile_lib.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
export XDG_CONFIG_HOME="$work/xdg"
cd "$work"
md="$work/Maildir"
mkdir -p "$md/cur" "$md/new" "$md/tmp" "$md/.Sub/cur" "$md/.Sub/new"
cp "$data/good-reply.eml" "$md/cur/1.host:2,S"
cp "$data/good-reply.eml" "$md/.Sub/cur/2.host:2,S"
ln -s .. "$md/cur/parent"                 # folder loop
ln -s self.eml "$md/new/self.eml"         # file loop
mkfifo "$md/new/fifo"                     # never written
ln -s /dev/zero "$md/new/zero"            # endless device
cp "$data/good-reply.eml" "$md/new/3.host"
chmod 000 "$md/new/3.host"                # unreadable message
chmod 000 "$md/.Sub"                      # unreadable folder

out="$(timeout 120 bash -c '"$@"' bash as_unprivileged "$bin" check --format jsonl "$md" 2>&1)"
rc=$?
check "run ends with exit 1 (not a hang, not a crash)" test "$rc" -eq 1
has() { grep -Fq -- "$1" <<<"$out"; }
check "readable message checked" has "$md/cur/1.host:2,S"
check "folder loop reported" \
  grep -Eq "$md/cur/parent.*(symlink loop|already visited)" <<<"$out"
check "file loop reported" \
  grep -Eq "$md/new/self.eml.*Too many levels of symbolic links" <<<"$out"
check "FIFO reported, not opened" \
  grep -Eq "$md/new/fifo.*not a regular file" <<<"$out"
check "/dev/zero link reported, not read" \
  grep -Eq "$md/new/zero.*not a regular file" <<<"$out"
check "unreadable message reported" \
  grep -Eq "$md/new/3.host.*Permission denied" <<<"$out"
check "unreadable folder reported" \
  grep -Eq "$md/.Sub.*Permission denied" <<<"$out"
[ "$failures" -eq 0 ] || echo "$out" | head -c 3000

finish
