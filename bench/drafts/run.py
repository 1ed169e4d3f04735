"""Per-draft end-to-end time of `maillint check` against write-good, and the
warm `maillint serve` latency (issue 16). See bench/drafts/run.sh.

Each real reply (read in place from ../shared/corpus-real) is checked the
way a person checks a draft: one process per draft, `maillint check --config
corpus/.maillint.yml FILE` (all default rules, en_US + es_ES configured) and
`write-good FILE`, alternating so both see the same machine load. Each pair
runs `--repeat` times; a draft's time is the median. Wall time is what the
person waits; CPU time (user + system of the child) is the work done, which
a loaded machine inflates less.
"""
import argparse
import glob
import http.client
import json
import os
import resource
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../../tests/serve"))
from server import Server  # noqa: E402

SOURCES = ["github-email_reply_parser/test/emails/*.txt",
           "willdurand-EmailReplyParser/tests/Fixtures/*.txt",
           "zapier-email-reply-parser/**/*.txt"]


def drafts(root, count):
    files = []
    for pattern in SOURCES:
        files += sorted(glob.glob(os.path.join(root, pattern), recursive=True))
    # Drafts, not stress tests: email_long_quote.txt (766 KB) is no reply.
    files = [f for f in files if 0 < os.path.getsize(f) <= 20000]
    return files[:count]


def run_once(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall * 1000, cpu * 1000


def per_draft(files, maillint, write_good, repeat):
    rows = []
    for f in files:
        ml, wg = [], []
        for _ in range(repeat):
            ml.append(run_once([maillint, "check", "--config", "corpus/.maillint.yml", f]))
            wg.append(run_once([write_good, f]))
        rows.append((f, [statistics.median(x[i] for x in ml) for i in (0, 1)],
                     [statistics.median(x[i] for x in wg) for i in (0, 1)]))
    return rows


def words_300(files):
    words = []
    for f in files:
        words += open(f, encoding="utf-8", errors="replace").read().split()
        if len(words) >= 300:
            break
    return "Hi Ana,\n\n" + " ".join(words[:300]) + "\n\nBest,\nLee Park\nCounselor\n"


def server_latency(maillint, text, requests):
    s = Server(maillint, "--quiet")
    try:
        conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=60)
        host = {"Host": "127.0.0.1:%d" % s.port}
        out = {}
        from urllib.parse import urlencode
        bodies = {
            "/api/v1/check": (json.dumps({"draft": text}), "application/json"),
            "/v2/check": (urlencode({"text": text, "language": "auto"}),
                          "application/x-www-form-urlencoded")}
        for path, (body, ctype) in bodies.items():
            times = []
            for i in range(requests + 5):
                start = time.perf_counter()
                conn.request("POST", path, body, dict(host, **{"Content-Type": ctype}))
                r = conn.getresponse()
                r.read()
                if i >= 5:  # the first few warm the connection
                    times.append((time.perf_counter() - start) * 1000)
                assert r.status == 200, r.status
            times.sort()
            out[path] = (times[len(times) // 2], times[int(len(times) * 0.9)])
        return out
    finally:
        s.stop()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--maillint", default="build/maillint")
    p.add_argument("--write-good", default="bench/node_modules/.bin/write-good")
    p.add_argument("--corpus", default="../shared/corpus-real")
    p.add_argument("--drafts", type=int, default=40)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--requests", type=int, default=200)
    a = p.parse_args()
    files = drafts(a.corpus, a.drafts)
    if len(files) < 30:
        sys.exit("bench/drafts: fewer than 30 drafts found under " + a.corpus)
    load = os.getloadavg()
    rows = per_draft(files, a.maillint, a.write_good, a.repeat)
    ml_wall = statistics.mean(r[1][0] for r in rows)
    ml_cpu = statistics.mean(r[1][1] for r in rows)
    wg_wall = statistics.mean(r[2][0] for r in rows)
    wg_cpu = statistics.mean(r[2][1] for r in rows)
    text = words_300(files)
    latency = server_latency(a.maillint, text, a.requests)
    print(json.dumps({
        "drafts": len(files), "repeat": a.repeat, "load_before": load,
        "words_in_drafts": sum(len(open(f, errors="replace").read().split()) for f in files),
        "maillint_ms": {"wall": ml_wall, "cpu": ml_cpu},
        "write_good_ms": {"wall": wg_wall, "cpu": wg_cpu},
        "ratio": {"wall": ml_wall / wg_wall, "cpu": ml_cpu / wg_cpu},
        "server_words": len(text.split()), "server_requests": a.requests,
        "server_ms": {k: {"p50": v[0], "p90": v[1]} for k, v in latency.items()},
    }, indent=1))


if __name__ == "__main__":
    main()
