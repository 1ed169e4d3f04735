#!/usr/bin/env bash
# maillint serve over HTTP: status codes, limits, Host/Origin checks, the
# token, masking in answers and logs (tests/serve/http_test.py).
# Usage: serve_http.sh /path/to/maillint   (run from the repo root)
exec python3 tests/serve/http_test.py "$1"
