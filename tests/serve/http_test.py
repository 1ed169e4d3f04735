"""HTTP behaviour of `maillint serve`: routes and status codes, the same
JSON as `check --format json`, Host/Origin checks against DNS rebinding and
cross-site requests, the token, the request size limit, masking of sensitive
values in answers and logs, and the user's word list.

usage: http_test.py /path/to/maillint   (run from the repository root)
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from server import Checks, Server  # noqa: E402

binary = sys.argv[1]
t = Checks()
DRAFT = ("Hi Ana,\n\nThank you for writing. We will recieve the forms on "
         "Monday and the Xylophonist club meets at noon.\n\nBest,\nLee\n")
SSN_DRAFT = ("Hi Ana,\n\nThank you for writing. The student's SSN is "
             "512-44-3187 as you asked.\n\nBest,\nLee\n")


def keys_of(doc):
    """Key sets of the document, a message and a finding."""
    m = doc["messages"][0]
    f = m["findings"][0] if m["findings"] else {}
    return sorted(doc), sorted(k for k in m if k != "body_text"), sorted(f)


def cli_json(text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(text)
    out = subprocess.run([binary, "check", "--config", "corpus/.maillint.yml",
                          "--format", "json", f.name], capture_output=True,
                         env=dict(os.environ, MAILLINT_WORDS="/nonexistent"))
    os.unlink(f.name)
    return json.loads(out.stdout)


s = Server(binary, "--max-request-bytes", "20000")
try:
    status, headers, body = s.request("GET", "/")
    t.check(status == 200 and headers["content-type"].startswith("text/html"),
            "GET / serves the page")
    t.check("default-src 'none'" in headers.get("content-security-policy", ""),
            "the page is sent with a Content-Security-Policy")
    t.check(b"http://" not in body and b"https://" not in body,
            "the page refers to no external resource")

    status, _, body = s.post_json("/api/v1/check", {"draft": DRAFT})
    doc = json.loads(body)
    t.check(status == 200, "POST /api/v1/check answers 200")
    rules = [f["rule"] for f in doc["messages"][0]["findings"]]
    t.check("proofreading.spelling" in rules, "the misspelling is found")
    t.check(keys_of(doc) == keys_of(cli_json(DRAFT)),
            "the answer has the fields of check --format json")
    t.check(sorted(f["rule"] for f in doc["messages"][0]["findings"]) ==
            sorted(f["rule"] for f in cli_json(DRAFT)["messages"][0]["findings"]),
            "the server finds what check finds on the same draft")

    status, _, body = s.post_json("/api/v1/check?include=body",
                                  {"draft": "Hi Ana,\n\nThanks for the note.\n",
                                   "to": "Ana Lopez <ana@example.org>",
                                   "subject": "Bus"})
    t.check(json.loads(body)["messages"][0]["body_text"].startswith("Hi Ana"),
            "include=body returns the checked text")

    status, _, body = s.request("POST", "/api/v1/check", "{not json",
                                {"Content-Type": "application/json"})
    t.check(status == 400, "malformed JSON is 400 (got %d)" % status)
    status, _, _ = s.post_json("/api/v1/check", {"to": "a@b.org"})
    t.check(status == 400, "a request with neither draft nor message is 400")
    status, _, _ = s.request("GET", "/api/v1/check")
    t.check(status == 405, "GET on a POST route is 405 (got %d)" % status)
    status, _, _ = s.request("GET", "/nothing/here")
    t.check(status == 404, "an unknown path is 404")

    status, _, body = s.request("GET", "/rules/proofreading/spelling")
    t.check(status == 200 and b"proofreading.spelling" in body,
            "a rule's documentation page is served")
    status, _, _ = s.request("GET", "/rules/../../etc/passwd")
    t.check(status == 404, "a path outside the rule docs is 404")

    # DNS rebinding: a page on evil.example whose name now points here.
    status, _, _ = s.post_json("/api/v1/check", {"draft": DRAFT},
                               {"Host": "evil.example:%d" % s.port})
    t.check(status == 421, "a foreign Host name is refused (got %d)" % status)
    status, _, _ = s.request("GET", "/", host="localhost:%d" % s.port)
    t.check(status == 200, "Host localhost is accepted")
    status, _, _ = s.post_json("/api/v1/check", {"draft": DRAFT},
                               {"Origin": "https://evil.example"})
    t.check(status == 403, "a cross-site Origin is refused (got %d)" % status)
    status, _, _ = s.post_json("/api/v1/words", {"word": "pwned"},
                               {"Origin": "null"})
    t.check(status == 403, "Origin null cannot add words")
    status, headers, _ = s.post_json(
        "/api/v1/check", {"draft": DRAFT},
        {"Origin": "http://127.0.0.1:%d" % s.port})
    t.check(status == 200, "the page's own origin is accepted")
    ext = "chrome-extension://abcdefghijklmnop"
    status, headers, _ = s.request("OPTIONS", "/v2/check", None,
                                   {"Origin": ext,
                                    "Access-Control-Request-Method": "POST"})
    t.check(status == 204 and headers.get("access-control-allow-origin") == ext,
            "a browser add-on gets a CORS preflight answer")

    big = {"draft": "word " * 5000}
    status, _, _ = s.post_json("/api/v1/check", big)
    t.check(status == 413, "a body over --max-request-bytes is 413 (got %d)"
            % status)

    status, _, body = s.post_json("/api/v1/check?include=body",
                                  {"draft": SSN_DRAFT,
                                   "to": "Ana Lopez <ana@example.org>"})
    text = body.decode("utf-8")
    t.check("confidentiality.ssn" in text, "the SSN is found")
    t.check("512-44-3187" not in text, "the SSN is masked in the answer")
    status, _, body = s.post_form("/v2/check", {"text": SSN_DRAFT,
                                                "language": "en-US"})
    t.check(status == 200 and b"512-44-3187" not in body,
            "the SSN is masked in the LanguageTool answer")

    status, _, body = s.post_json("/api/v1/words", {"word": "recieve"})
    t.check(status == 200 and "recieve" in json.loads(body)["words"],
            "a word is added to the list")
    t.check(open(s.words).read().split() == ["recieve"],
            "the word is written to the user's word file")
    status, _, body = s.post_json("/api/v1/check", {"draft": DRAFT})
    rules = [f["rule"] for f in json.loads(body)["messages"][0]["findings"]]
    t.check("proofreading.spelling" not in rules,
            "an added word is no longer flagged")
    status, _, _ = s.post_json("/api/v1/words", {"word": "two words"})
    t.check(status == 400, "a word with a space is refused")
finally:
    code = s.stop()
t.check(code == 0, "SIGTERM stops the server with status 0 (got %s)" % code)
log = s.stderr()
t.check("serve: POST /api/v1/check 200" in log, "requests are logged")
for secret in ("Xylophonist", "512-44-3187", "3187", "recieve the forms"):
    t.check(secret not in log, "the log holds no request text (%r)" % secret)

s = Server(binary, "--token", "s3cret-t0ken")
try:
    status, _, _ = s.request("GET", "/v2/languages")
    t.check(status == 401, "without the token: 401 (got %d)" % status)
    status, _, _ = s.request("GET", "/v2/languages", None,
                             {"Authorization": "Bearer wrong"})
    t.check(status == 401, "a wrong token: 401")
    status, _, _ = s.request("GET", "/v2/languages", None,
                             {"Authorization": "Bearer s3cret-t0ken"})
    t.check(status == 200, "a Bearer token is accepted")
    status, _, _ = s.request("GET", "/t/s3cret-t0ken/v2/languages")
    t.check(status == 200, "a /t/TOKEN/ path prefix is accepted")
    status, _, _ = s.post_form("/v2/check", {"text": "Hi.", "language": "en",
                                             "apiKey": "s3cret-t0ken"})
    t.check(status == 200, "LanguageTool's apiKey field carries the token")
    status, _, _ = s.request("GET", "/rules/tone/blame")
    t.check(status == 200, "rule documentation needs no token")
finally:
    s.stop()
t.check("s3cret-t0ken" not in s.stderr(), "the token is not logged")
t.done("serve http")
