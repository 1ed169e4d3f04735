#!/bin/sh
# Postfix pipe(8) transport for tools/postfix-e2e.sh: stores each delivered
# message, as Postfix hands it over, in DIR/<recipient>.<unique>.eml.
# Usage (master.cf): argv=/path/postfix-sink.sh DIR ${recipient}
set -eu
umask 022
tmp="$1/.tmp.$$"
cat >"$tmp"
mv "$tmp" "$1/$2.$(date +%s%N).$$.eml"
