"""Starts `maillint serve` on a free loopback port for a test and talks to it.

Server(binary, *args) runs the binary with --listen 127.0.0.1:0, a config
from corpus/, an empty word list in a temporary folder, and waits for the
"listening on" line. request() sends raw HTTP with http.client, so tests can
set any Host and Origin. The server's stderr (its request log) is kept for
the masking checks.
"""
import http.client
import json
import os
import re
import subprocess
import sys
import tempfile
import time


class Server:
    def __init__(self, binary, *args, env=None):
        self.dir = tempfile.mkdtemp(prefix="maillint-serve-")
        self.words = os.path.join(self.dir, "words.txt")
        self.log_path = os.path.join(self.dir, "stderr.log")
        full_env = dict(os.environ, MAILLINT_WORDS=self.words)
        full_env.pop("MAILLINT_SERVE_TOKEN", None)
        full_env.update(env or {})
        self.log = open(self.log_path, "w+b")
        self.proc = subprocess.Popen(
            [binary, "serve", "--listen", "127.0.0.1:0", "--config",
             "corpus/.maillint.yml", *args],
            stdout=subprocess.DEVNULL, stderr=self.log, env=full_env)
        self.port = self._wait_for_port()

    def _wait_for_port(self):
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("server exited: " + self.stderr())
            m = re.search(r"listening on http://127\.0\.0\.1:(\d+)/", self.stderr())
            if m:
                return int(m.group(1))
            time.sleep(0.05)
        raise RuntimeError("server did not start: " + self.stderr())

    def stderr(self):
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def request(self, method, path, body=None, headers=None, host=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        h = {"Host": host or "127.0.0.1:%d" % self.port}
        h.update(headers or {})
        if isinstance(body, str):
            body = body.encode("utf-8")
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
        data = r.read()
        result = (r.status, {k.lower(): v for k, v in r.getheaders()}, data)
        conn.close()
        return result

    def post_json(self, path, obj, headers=None):
        h = {"Content-Type": "application/json"}
        h.update(headers or {})
        return self.request("POST", path, json.dumps(obj), h)

    def post_form(self, path, fields, headers=None):
        from urllib.parse import urlencode
        h = {"Content-Type": "application/x-www-form-urlencoded"}
        h.update(headers or {})
        return self.request("POST", path, urlencode(fields), h)

    def stop(self):
        self.proc.terminate()
        try:
            code = self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = self.proc.wait()
        self.log.close()
        return code


class Checks:
    """Collects failures; a test script exits 1 when any check failed."""

    def __init__(self):
        self.failures = 0

    def check(self, ok, what):
        if not ok:
            print("FAIL:", what)
            self.failures += 1
        return ok

    def done(self, name):
        if self.failures:
            print("%s: %d check(s) failed" % (name, self.failures))
            sys.exit(1)
        print("%s: all checks passed" % name)
