#!/usr/bin/env bash
# --format sarif validates against the official SARIF 2.1.0 JSON schema
# (installed by tools/install-test-deps.sh from the npm registry) with
# Python's jsonschema (Debian: python3-jsonschema). Skips, saying why, only
# when the schema or the validator is missing.
set -uo pipefail
MAILLINT="$1"
DATA=tests/cli/data
SCHEMA=tools/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

PYTHON=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import jsonschema' 2>/dev/null; then
    PYTHON=$candidate
    break
  fi
done
if [ ! -f "$SCHEMA" ]; then
  echo "SKIP: SARIF schema not installed (run tools/install-test-deps.sh)"
  exit 0
fi
if [ -z "$PYTHON" ]; then
  echo "SKIP: Python jsonschema missing (apt-get install python3-jsonschema)"
  exit 0
fi

"$MAILLINT" check --format sarif "$DATA/good-reply.eml" "$DATA/bad-reply.eml" \
  "$DATA/mailbox.mbox" "$DATA/does-not-exist.eml" >"$TMP/run.sarif" 2>"$TMP/err"
rc=$?
if [ "$rc" -ne 1 ]; then
  echo "FAIL: exit $rc, expected 1 (one path cannot be read)"
  exit 1
fi
"$MAILLINT" check --format sarif "$DATA/good-reply.eml" >"$TMP/clean.sarif" 2>"$TMP/err"
# A log with every kind of result (file regions, body positions, mailbox
# indexes, notifications, odd paths) from the reporter's unit test.
TESTS="$(dirname "$MAILLINT")/maillint_tests"
SAMPLES=("$TMP/run.sarif" "$TMP/clean.sarif")
if [ -x "$TESTS" ]; then
  MAILLINT_SARIF_SAMPLE_OUT="$TMP/sample.sarif" "$TESTS" -tc='sarif: sample log*' >/dev/null
  if [ ! -s "$TMP/sample.sarif" ]; then
    echo "FAIL: $TESTS did not write the sample SARIF log"
    exit 1
  fi
  SAMPLES+=("$TMP/sample.sarif")
fi

"$PYTHON" - "$SCHEMA" "${SAMPLES[@]}" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
validator_class = jsonschema.validators.validator_for(schema)
validator = validator_class(schema, format_checker=jsonschema.FormatChecker())
bad = 0
for path in sys.argv[2:]:
    log = json.load(open(path))
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    for e in errors:
        print(f"FAIL: {path}: {'/'.join(map(str, e.path))}: {e.message}")
    bad += len(errors)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    for r in run["results"]:
        if rules[r["ruleIndex"]]["id"] != r["ruleId"]:
            print(f"FAIL: {path}: ruleIndex does not point at {r['ruleId']}")
            bad += 1
    print(f"{path}: {len(run['results'])} results, {len(rules)} rules")
if bad:
    sys.exit(1)
print("sarif: valid against", schema.get("title"))
PY
