#!/usr/bin/env bash
# Every kind of bad rule file or configuration stops maillint with exit 2 and
# one exact error line: file:line:col: message.
# Usage: rule_file_errors.sh /path/to/maillint   (run from the repo root)
set -u
bin="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/xdg"
mkdir -p "$work/r/house"
cd "$work"
printf 'rules:\n  paths: [r]\n' > .maillint.yml
failures=0

# expect NAME EXPECTED-STDERR COMMAND...
expect() {
  local name="$1" want="$2"
  shift 2
  local got rc
  got="$("$@" 2>&1 >/dev/null)"
  rc=$?
  if [ "$rc" -ne 2 ] || [ "$got" != "$want" ]; then
    echo "FAIL $name: exit $rc"
    echo "  want: $want"
    echo "  got:  $got"
    failures=$((failures + 1))
  else
    echo "ok   $name"
  fi
}

# rule FILE CONTENT: the only rule file in the folder.
rule() {
  rm -f r/house/*.yml
  printf "$2" > "r/house/$1"
}

rule bad.yml 'extends: existence\nmessage: x\ntokens: [a, b\n'
expect "bad YAML" \
  "maillint: $work/r/house/bad.yml:4:1: bad YAML: end of sequence flow not found" \
  "$bin" rules list

rule kind.yml 'extends: existance\nmessage: x\ntokens: [a]\n'
expect "unknown kind" \
  "maillint: $work/r/house/kind.yml:1:10: unknown kind 'existance'; did you mean 'existence'?" \
  "$bin" rules list

rule regex.yml 'extends: existence\nmessage: x\ntokens:\n  - "(unclosed"\n'
expect "bad regex" \
  "maillint: $work/r/house/regex.yml:4:5: bad regular expression '(unclosed': missing ): (unclosed" \
  "$bin" rules list

rule key.yml 'extends: existence\nmessage: x\ntokenz: [a]\n'
expect "unknown key" \
  "maillint: $work/r/house/key.yml:3:1: unknown key 'tokenz'; did you mean 'tokens'?" \
  "$bin" rules list

rule type.yml 'extends: existence\nmessage: x\nignorecase: maybe\ntokens: [a]\n'
expect "wrong type" \
  "maillint: $work/r/house/type.yml:3:13: 'ignorecase' expects true or false, got 'maybe'" \
  "$bin" rules list

rule big.yml 'extends: existence\nmessage: x\ntokens:\n  - "\\\\pL{500}"\n'
expect "pattern over the memory budget" \
  "maillint: $work/r/house/big.yml:4:5: pattern exceeds the memory budget of 2 MiB: \\pL{500}" \
  "$bin" rules list

rule ok.yml 'extends: existence\nmessage: x\ntokens: [a]\n'
printf 'organization:\n  domain: [a.org]\n' > c1.yml
expect "config unknown key" \
  "maillint: c1.yml:2:3: unknown key 'domain' in 'organization'; did you mean 'domains'?" \
  "$bin" rules list --config c1.yml
printf 'turnaround:\n  hours: soon\n' > c2.yml
expect "config wrong type" \
  "maillint: c2.yml:2:10: 'turnaround.hours': expected a number, got 'soon'" \
  "$bin" rules list --config c2.yml
printf 'organization: [a]\n' > c3.yml
expect "config section type" \
  "maillint: c3.yml:1:15: 'organization' expects a mapping, got a list" \
  "$bin" config --config c3.yml
printf 'rules:\n  severity:\n    tone.blam: off\n' > c4.yml
expect "config unknown rule" \
  "maillint: c4.yml:3:5: unknown rule 'tone.blam'; did you mean 'tone.blame'?" \
  "$bin" check --config c4.yml c4.yml
printf 'fail_on: [error\n' > c5.yml
expect "config bad YAML" \
  "maillint: c5.yml:2:1: bad YAML: end of sequence flow not found" \
  "$bin" check --config c5.yml c5.yml

[ "$failures" -eq 0 ]
