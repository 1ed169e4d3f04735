# Helpers for tests/cli/hostile_*.sh and output_*.sh (sourced).
#
# expect_error NAME EXIT REGEX COMMAND...
#   runs COMMAND (killed after 120 s: a hang fails the test, it is not a
#   timing assertion) and passes when it exits with EXIT and its stderr
#   matches the extended regular expression REGEX.
# as_unprivileged COMMAND...
#   runs COMMAND as an unprivileged user (setpriv to nobody when root), so
#   that permission bits apply.
# under_memory_cap COMMAND...
#   runs COMMAND with its address space capped at 2 GiB, except in
#   sanitizer builds (ASan reserves terabytes of address space).
# check NAME COMMAND...   passes when COMMAND succeeds.
# finish   prints the summary and exits 1 when anything failed.
failures=0

expect_error() {
  local name="$1" want_rc="$2" regex="$3"
  shift 3
  local err rc
  if declare -F "$1" >/dev/null; then  # a helper below: run it in bash
    err="$(timeout 120 bash -c '"$@"' bash "$@" 2>&1 >/dev/null)"
  else
    err="$(timeout 120 "$@" 2>&1 >/dev/null)"
  fi
  rc=$?
  if [ "$rc" -eq 124 ]; then
    echo "FAIL $name: still running after 120 s (hang)"
    failures=$((failures + 1))
  elif [ "$rc" -ne "$want_rc" ] || ! grep -Eq -- "$regex" <<<"$err"; then
    echo "FAIL $name: exit $rc (want $want_rc)"
    echo "  want: /$regex/"
    echo "  got:  $(head -c 600 <<<"$err")"
    failures=$((failures + 1))
  else
    echo "ok   $name: $(head -c 200 <<<"$err" | head -1)"
  fi
}

as_unprivileged() {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"
  else
    "$@"
  fi
}

is_sanitized() {
  grep -q __asan_init "$1" 2>/dev/null
}

under_memory_cap() {
  if is_sanitized "$bin"; then
    "$@"
  else
    (ulimit -v 2097152 && exec "$@")
  fi
}

check() {
  local name="$1"
  shift
  if "$@"; then
    echo "ok   $name"
  else
    echo "FAIL $name"
    failures=$((failures + 1))
  fi
}

export -f as_unprivileged is_sanitized under_memory_cap
export bin

finish() {
  if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
  fi
  echo "all passed"
}
