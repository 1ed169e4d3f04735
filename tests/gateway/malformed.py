"""Malformed milter protocol input: the daemon drops the connection and stays up.

Run by tests/gateway/run_miltertest.sh, which then runs clean.lua against the
same daemon to show it still serves. Raw sockets on purpose: miltertest only
speaks well-formed protocol.
"""
import os
import random
import socket
import struct
import sys
import time

path = os.environ["GW_SOCKET"].removeprefix("unix:")
pid = int(os.environ["GW_PID"])


def packet(cmd: bytes, data: bytes = b"") -> bytes:
    return struct.pack(">I", len(data) + 1) + cmd + data


OPTNEG = packet(b"O", struct.pack(">III", 6, 0x1FF, 0x1FFFFF))
rng = random.Random(15)
cases = {
    "huge length prefix": struct.pack(">I", 0xFFFFFFFF) + b"O",
    "length prefix cut": b"\x00\x00",
    "zero length": struct.pack(">I", 0),
    "unknown command": packet(b"Z", b"garbage"),
    "short option negotiation": packet(b"O", b"\x00\x00"),
    "body before negotiation": packet(b"B", b"body"),
    "eom before anything": packet(b"E"),
    "header without NUL": OPTNEG + packet(b"L", b"Subject no nul"),
    "mail from without NUL": OPTNEG + packet(b"C", b"h\x004\x00\x00") + packet(b"M", b"<a@b>"),
    "random bytes": bytes(rng.getrandbits(8) for _ in range(65536)),
    "declared body larger than sent": OPTNEG + struct.pack(">I", 1 << 20) + b"B" + b"x" * 100,
    "nothing": b"",
}
failures = 0
for name, data in cases.items():
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(5)
    s.connect(path)
    try:
        s.sendall(data)
        s.shutdown(socket.SHUT_WR)
        while s.recv(65536):  # until the daemon closes its side
            pass
    except OSError:
        pass  # reset by the daemon: fine
    s.close()
    time.sleep(0.05)
    try:
        os.kill(pid, 0)
    except OSError:
        print(f"FAILED: daemon died after: {name}")
        failures += 1
        break
    print(f"ok: {name}")
sys.exit(1 if failures else 0)
