#!/usr/bin/env bash
# Prose-linter comparison (issue 7): maillint's proofreading and language
# rules against proselint (Debian python3-proselint), write-good and alex
# (npm, tools/install-bench-deps.sh) on the author's new text of the same
# messages: the corpus/ examples and the notmuch list mail of
# ../shared/corpus-real. Reports findings per message, overlap with maillint
# and time per message, and writes the table into bench/RESULTS.md
# (section "## Prose linters").
#
# usage: bench/prose_linters/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=bench/work/prose_linters
rm -rf "$work" && mkdir -p "$work/text"

cmake -S . -B build -G Ninja >/dev/null
ninja -C build maillint >/dev/null
bash tools/install-bench-deps.sh
command -v proselint >/dev/null || { echo "proselint missing: tools/install-deps.sh" >&2; exit 1; }

# The helper links against the same library maillint is built from.
g++ -std=c++20 -O2 -Isrc bench/prose_linters/extract_new_text.cc build/libmaillint_core.a \
  $(pkg-config --libs gmime-3.0 icu-uc icu-i18n re2 yaml-cpp gumbo liburiparser nuspell zlib) \
  -lcld2 -lmilter -pthread -o "$work/extract_new_text"

inputs=()
while IFS= read -r f; do inputs+=("$f"); done < <(
  { find corpus -name '*.eml'; find ../shared/corpus-real/notmuch-corpora/test/corpora/default -type f 2>/dev/null; } | sort)
"$work/extract_new_text" "$work/text" "${inputs[@]}" > "$work/messages.tsv"
texts=()
while IFS=$'\t' read -r id _; do texts+=("$work/text/$id.txt"); done < "$work/messages.tsv"

now() { date +%s.%N; }
t0=$(now)
./build/maillint check --rules '-*,proofreading.*,language.*' --config corpus/.maillint.yml \
  --format jsonl "${inputs[@]}" > "$work/maillint.jsonl" || true
t1=$(now)
# proselint caches results per text under ~/.cache; a fresh home keeps
# a second run from timing cache hits.
mkdir -p "$work/home"
HOME="$work/home" XDG_CACHE_HOME="$work/cache" proselint "${texts[@]}" > "$work/proselint.txt" 2>&1 || true
t2=$(now)
bench/node_modules/.bin/write-good --parse "${texts[@]}" > "$work/write-good.txt" 2>&1 || true
t3=$(now)
bench/node_modules/.bin/alex "${texts[@]}" > "$work/alex.txt" 2>&1 || true
t4=$(now)

python3 bench/prose_linters/compare.py "$work" \
  "maillint=$(echo "$t1 - $t0" | bc)" "proselint=$(echo "$t2 - $t1" | bc)" \
  "write-good=$(echo "$t3 - $t2" | bc)" "alex=$(echo "$t4 - $t3" | bc)"
