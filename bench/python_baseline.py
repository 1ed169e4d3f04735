#!/usr/bin/env python3
"""Python baseline for the throughput benchmark: mailbox + email parsing.

Reads an mbox with the standard library's mailbox.mbox, parses each message
with email's modern policy (email.policy.default), and does what maillint's
parse stage does: decodes Subject, From, To, Date, Message-ID and finds the
best text body (text/plain, else text/html) decoded to str. Prints one JSON
line: messages, bytes, seconds.

usage: bench/python_baseline.py MBOX
"""
import email
import email.policy
import json
import mailbox
import os
import sys
import time


def parse(f):
    return email.message_from_binary_file(f, policy=email.policy.default)


def touch(msg):
    for name in ("subject", "from", "to", "date", "message-id"):
        try:
            str(msg.get(name, ""))
        except Exception:  # malformed headers must not stop the baseline
            pass
    try:
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is not None:
            body.get_content()
    except Exception:
        pass


def main():
    path = sys.argv[1]
    start = time.monotonic()
    count = 0
    box = mailbox.mbox(path, factory=parse, create=False)
    for msg in box.itervalues():
        touch(msg)
        count += 1
    seconds = time.monotonic() - start
    print(json.dumps({"messages": count, "bytes": os.path.getsize(path),
                      "seconds": round(seconds, 3)}))


if __name__ == "__main__":
    main()
