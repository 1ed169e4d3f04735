# Shared by tools/fuzz-smoke.sh and tools/fuzz-campaign.sh (sourced, not run).
#
# fuzz_build TARGET...      builds the libFuzzer targets (clang, ASan+UBSan,
#                           libFuzzer coverage) in $FUZZ_BUILD
# fuzz_seeds TARGET DIR     fills DIR with seeds for TARGET: the checked-in
#                           corpus tests/fuzz/corpus/TARGET/ plus inputs drawn
#                           from the project's fixtures and ../shared/corpus-real
# fuzz_run TARGET SECONDS WORK SEEDS...
#                           runs TARGET on corpus WORK (new inputs go there)
#                           with its dictionary and limits; the log is on
#                           stderr, crashes in $FUZZ_BUILD/artifacts/TARGET/
# FUZZ_TARGETS              every target, in campaign order
# FUZZ_EXTRA_FLAGS          more libFuzzer flags for fuzz_run (the campaign
#                           uses fork mode to go on after a crash)

FUZZ_BUILD="${FUZZ_BUILD:-build-fuzz}"
FUZZ_TARGETS=(input_fuzzer anatomy_fuzzer html_fuzzer config_fuzzer
              rule_file_fuzzer)
CORPUS_REAL=../shared/corpus-real

fuzz_build() {
  CC=clang CXX=clang++ cmake -S . -B "$FUZZ_BUILD" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMAILLINT_FUZZ=ON -DMAILLINT_SANITIZE=ON \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" >/dev/null
  ninja -C "$FUZZ_BUILD" -j2 "$@"
}

# Longest input, dictionary and per-input timeout of each target.
fuzz_max_len() {
  case "$1" in
    input_fuzzer|html_fuzzer) echo 65536 ;;
    anatomy_fuzzer) echo 32768 ;;
    *) echo 16384 ;;
  esac
}
fuzz_dict() {
  case "$1" in
    input_fuzzer) echo tests/fuzz/mime.dict ;;
    anatomy_fuzzer) echo tests/fuzz/reply.dict ;;
    html_fuzzer) echo tests/fuzz/html.dict ;;
    config_fuzzer|rule_file_fuzzer) echo tests/fuzz/yaml.dict ;;
  esac
}

# Copies files (NUL-separated paths on stdin) into DIR as PREFIX-N, each
# preceded by the byte whose octal escape is MODE ("" for none).
_fuzz_copy_seeds() {
  local dir="$1" prefix="$2" mode="$3" n=0 f
  while IFS= read -r -d '' f; do
    { [ -n "$mode" ] && printf "\\$mode"; cat -- "$f"; } >"$dir/$prefix-$n"
    n=$((n + 1))
  done
}

_fuzz_mail_files() {
  { find corpus tests/rules -type f -name '*.eml' -size -64k -print0
    [ -d "$CORPUS_REAL" ] && find "$CORPUS_REAL" -type f -size -64k \
      \( -name '*.eml' -o -name '*.msg' -o -name '*.mbox' -o -name '*.raw' \
         -o -path '*/cur/*' -o -path '*/new/*' \) -print0
  } | sort -z
}

_fuzz_html_files() {
  [ -d "$CORPUS_REAL" ] && find "$CORPUS_REAL" -type f -size -64k \
    -name '*.html' -print0 | sort -z
}

_fuzz_yaml_files() {
  find rules tests corpus -type f \( -name '*.yml' -o -name '*.yaml' \) \
    -size -16k -print0 | sort -z
}

fuzz_seeds() {
  local target="$1" dir="$2"
  mkdir -p "$dir"
  if [ -d "tests/fuzz/corpus/$target" ]; then
    cp -- tests/fuzz/corpus/"$target"/* "$dir"/ 2>/dev/null || true
  fi
  case "$target" in
    input_fuzzer) _fuzz_mail_files | _fuzz_copy_seeds "$dir" mail 000 ;;
    anatomy_fuzzer)
      # Message bodies (after the first blank line) as plain text, HTML
      # files as HTML bodies.
      local n=0 f
      while IFS= read -r -d '' f; do
        { printf '\000'; sed '1,/^\r\{0,1\}$/d' -- "$f"; } >"$dir/body-$n"
        n=$((n + 1))
      done < <(_fuzz_mail_files)
      _fuzz_html_files | _fuzz_copy_seeds "$dir" html 001 ;;
    html_fuzzer)
      _fuzz_html_files | _fuzz_copy_seeds "$dir" html 000
      _fuzz_html_files | _fuzz_copy_seeds "$dir" stream 377 ;;
    config_fuzzer)
      find tests/fuzz/seeds/config -type f -print0 2>/dev/null | sort -z |
        _fuzz_copy_seeds "$dir" seed ""
      find . -path ./build\* -prune -o -name '.maillint.yml' -print0 |
        sort -z | _fuzz_copy_seeds "$dir" project "" ;;
    rule_file_fuzzer)
      find tests/fuzz/seeds/rules -type f -print0 2>/dev/null | sort -z |
        _fuzz_copy_seeds "$dir" seed ""
      _fuzz_yaml_files | _fuzz_copy_seeds "$dir" project "" ;;
  esac
}

fuzz_run() {
  local target="$1" seconds="$2" work="$3"
  shift 3
  local artifacts="$FUZZ_BUILD/artifacts/$target"
  mkdir -p "$artifacts" "$work"
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$FUZZ_BUILD/$target" -max_total_time="$seconds" \
    -max_len="$(fuzz_max_len "$target")" -dict="$(fuzz_dict "$target")" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" ${FUZZ_EXTRA_FLAGS:-} "$work" "$@"
}
