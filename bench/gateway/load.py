"""SMTP load for bench/gateway/run.sh: CLIENTS threads, each on one SMTP
connection, send MESSAGES messages (the corpus' good replies, in turn) and
time each one from MAIL FROM to the 250 after DATA. Prints JSON:
{"messages": n, "seconds": s, "latencies_ms": [...]}."""
import glob
import json
import smtplib
import sys
import threading
import time

port, clients, per_client = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
files = sorted(glob.glob(sys.argv[4] + "/**/good-*.eml", recursive=True))
bodies = [open(f, "rb").read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") for f in files]
latencies = []
lock = threading.Lock()
errors = []


def client(n):
    mine = []
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=120) as s:
            s.ehlo("bench.example")
            for i in range(per_client):
                data = bodies[(n * per_client + i) % len(bodies)]
                t = time.perf_counter()
                s.sendmail("ana@district.example", ["colleague@district.example"], data)
                mine.append((time.perf_counter() - t) * 1000)
    except Exception as e:  # reported, and the run fails
        errors.append(repr(e))
    with lock:
        latencies.extend(mine)


start = time.perf_counter()
threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
for t in threads:
    t.start()
for t in threads:
    t.join()
seconds = time.perf_counter() - start
if errors:
    print(json.dumps({"errors": errors[:3]}))
    sys.exit(1)
print(json.dumps({"messages": len(latencies), "seconds": seconds, "latencies_ms": latencies}))
