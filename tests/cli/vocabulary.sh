#!/usr/bin/env bash
# The vocabularies (vocab/<lang>.yml) are read from $MAILLINT_VOCAB_DIR or
# from share/maillint/vocab next to the installed binary; a missing folder or
# a bad file stops maillint with exit 2 and an error naming the file (and
# line) instead of silently checking without words.
# Usage: vocabulary.sh /path/to/maillint   (run from the repo root)
set -u
bin="$(realpath "$1")"
repo="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/xdg"
failures=0
fail() { echo "FAIL $1"; failures=$((failures + 1)); }

cat > "$work/reply.eml" <<'MAIL'
From: Dana Lee <dlee@pghschools.org>
To: Maria Gomez <maria.gomez@example.com>
Subject: Re: bus
In-Reply-To: <q1@example.com>

Hi Maria,

Cheerio for asking! The bus leaves at 7:10 on Monday.

Please let me know if you have other questions.

Dana Lee
Transportation Coordinator
412-555-0142
MAIL

# 1. A missing folder is an error (exit 2) that names the folder.
got="$(MAILLINT_VOCAB_DIR="$work/none" "$bin" check "$work/reply.eml" 2>&1 >/dev/null)"
rc=$?
[ "$rc" -eq 2 ] || fail "missing folder: exit $rc"
case "$got" in *"$work/none"*) ;; *) fail "missing folder: stderr '$got'" ;; esac

# 2. A bad file: exit 2, file and line named.
mkdir -p "$work/bad"
printf 'thanks:\n  - merci\ncolours:\n  - red\n' > "$work/bad/xx.yml"
got="$(MAILLINT_VOCAB_DIR="$work/bad" "$bin" check "$work/reply.eml" 2>&1 >/dev/null)"
rc=$?
[ "$rc" -eq 2 ] || fail "bad file: exit $rc"
case "$got" in *"xx.yml:3"*"colours"*) ;; *) fail "bad file: stderr '$got'" ;; esac

# 3. The installed layout is used: a copy of the binary in <prefix>/bin reads
# <prefix>/share/maillint/vocab, here the project's words plus "cheerio".
mkdir -p "$work/prefix/bin" "$work/prefix/share/maillint"
cp "$bin" "$work/prefix/bin/maillint"
cp -r "$repo/vocab" "$work/prefix/share/maillint/vocab"
run() { (cd "$work" && "$@" --rules "-*,courtesy.thanks" --format json "$work/reply.eml"); }
unset MAILLINT_VOCAB_DIR
run "$work/prefix/bin/maillint" check | grep -q '"courtesy.thanks"' ||
  fail "installed vocabulary without 'cheerio': courtesy.thanks should fire"
sed -i 's/^thanks:$/thanks:\n  - cheerio/' "$work/prefix/share/maillint/vocab/en.yml"
if run "$work/prefix/bin/maillint" check | grep -q '"courtesy.thanks"'; then
  fail "installed vocabulary with 'cheerio': courtesy.thanks should be silent"
fi

[ "$failures" -eq 0 ] && echo "vocabulary: all checks passed"
exit "$failures"
