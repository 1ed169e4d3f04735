#!/usr/bin/env bash
# Installs the npm packages the benchmarks compare maillint with. Nothing is
# installed globally; both folders are git-ignored. Idempotent; needs npm.
#  - bench/node_modules_dir/: planer (a port of Mailgun's talon),
#    email-reply-parser (Crisp's port of GitHub's parser) and jsdom (the DOM
#    planer needs for HTML), for bench/reply_parsers/. jsdom 24 still runs on
#    Node.js 20.
#  - bench/node_modules/: write-good and alex, for bench/prose_linters/
#    (proselint comes from Debian, tools/install-deps.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v npm >/dev/null; then
  echo "install-bench-deps: npm is missing (apt-get install npm)" >&2
  exit 1
fi

reply_prefix="$root/bench/node_modules_dir"
if [ ! -d "$reply_prefix/node_modules/planer" ]; then
  mkdir -p "$reply_prefix"
  npm install --prefix "$reply_prefix" --no-audit --no-fund --loglevel=error \
    planer@1.2.0 email-reply-parser@2.3.9 jsdom@24
fi

prose_prefix="$root/bench"
if [ ! -x "$prose_prefix/node_modules/.bin/write-good" ] || [ ! -x "$prose_prefix/node_modules/.bin/alex" ]; then
  npm install --prefix "$prose_prefix" --no-save --no-package-lock --no-audit --no-fund \
    --loglevel=error write-good@1.0.8 alex@11.0.1
fi
echo "install-bench-deps: done"
