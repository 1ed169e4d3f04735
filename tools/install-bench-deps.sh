#!/usr/bin/env bash
# Installs the Node.js packages the reply-parser comparison runs against
# (bench/reply_parsers/): planer (a port of Mailgun's talon), email-reply-parser
# (Crisp's port of GitHub's parser) and jsdom (the DOM planer needs for HTML).
# Versions are pinned (jsdom 24 still runs on Node.js 20). They go into bench/node_modules_dir/ (git-ignored); nothing is installed
# globally.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
prefix="$root/bench/node_modules_dir"
mkdir -p "$prefix"
npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error \
  planer@1.2.0 email-reply-parser@2.3.9 jsdom@24
echo "installed into $prefix"
