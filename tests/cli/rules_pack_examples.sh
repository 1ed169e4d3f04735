#!/usr/bin/env bash
# The district pack's own examples all hold: `maillint rules test rules/`.
# Usage: rules_pack_examples.sh /path/to/maillint   (run from the repo root)
set -u
export XDG_CONFIG_HOME="$(mktemp -d)"
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
"$1" rules test rules/
