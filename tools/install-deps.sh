#!/usr/bin/env bash
# Installs every Debian package maillint's build, tests and benchmarks need.
# Idempotent; run as root (or via sudo) on Debian 12. Nothing else is downloaded.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config ninja-build
  libcli11-dev libgmime-3.0-dev libicu-dev libre2-dev doctest-dev
  libyaml-cpp-dev nlohmann-json3-dev libgumbo-dev liburiparser-dev
  libnuspell-dev hunspell-en-us hunspell-es libcld2-dev libmilter-dev
  zlib1g-dev mandoc python3 clang-format
  python3-proselint
  clang libclang-rt-14-dev time bc
  python3-jsonschema  # tests/cli/report_sarif.sh: SARIF schema validation
  chromium  # tests/cli/audit_html_browser.sh renders the audit report headless
  # The mail gateway (issue 15): miltertest scripts, Postfix end to end,
  # unit file checks (systemd-analyze), the .deb (cpack needs dpkg-deb, file).
  miltertest postfix systemd file
  libmicrohttpd-dev  # maillint serve (src/serve/http_server.h says why this library)
  libsqlite3-dev sqlite3  # audit --store; tests/cli/audit_store.sh reads the file
  parallel  # tests/cli/audit_shard_merge.sh splits an audit with GNU parallel
  libarchive-dev libpff-dev libolecf-dev  # exports: zip (Vault), PST/OST, .msg
  libbfio-dev  # libolecf.h/libpff.h include libbfio.h; in-memory reading
  pff-tools  # tests/cli/exports.sh compares with pffexport
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  # Postfix asks what kind of mail server this is: none (the tests write
  # their own throw-away configuration).
  echo "postfix postfix/main_mailer_type select No configuration" |
    $SUDO debconf-set-selections
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Test data from the npm registry (the SARIF 2.1.0 schema), into tools/node_modules.
bash "$(dirname "$0")/install-test-deps.sh"
