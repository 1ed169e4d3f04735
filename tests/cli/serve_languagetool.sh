#!/usr/bin/env bash
# maillint serve's LanguageTool-compatible API: the requests LanguageTool
# clients send, answers checked against LanguageTool's documented shape
# (tests/serve/languagetool_test.py).
# Usage: serve_languagetool.sh /path/to/maillint   (run from the repo root)
exec python3 tests/serve/languagetool_test.py "$1"
