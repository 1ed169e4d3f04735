#!/usr/bin/env python3
"""Builds a large mbox for the throughput benchmark from corpus-real messages.

Every real message file of ../shared/corpus-real (single messages, Maildir
files and the messages of its mbox files) that starts with a header field is
taken once, in sorted path order, line endings normalized to LF; the set is
then repeated until the mailbox reaches --size-mb. Each copy gets its own
Message-ID so that the mailbox looks like a real export. Written as mboxrd
(">From " escaping). Deterministic: the same corpus gives the same bytes.

With --people the mailbox is a person's mail rather than a test corpus:
only messages of at most 64 KiB that a person wrote or answered (not
parser-torture fixtures), with mailing-list and bulk headers (List-*,
Precedence, Mailing-List, X-Mailing-List, Auto-Submitted, X-Auto-Response-
Suppress) removed, so that every rule runs on every message instead of
skipping list traffic. Zone annotations (*.ann) are never mail.

usage: bench/make_mailbox.py [--size-mb 520] [--people] [--out bench/work/bench.mbox]
"""
import argparse
import os
import re
import sys

HEADER = re.compile(rb"^[A-Za-z0-9][A-Za-z0-9_.-]*[ \t]*:")
FROM_LINE = re.compile(rb"^From ", re.M)
ESCAPE = re.compile(rb"^(>*From )", re.M)
MAX_MESSAGE = 2 << 20
MAX_PERSON_MESSAGE = 64 << 10
LIST_HEADER = re.compile(
    rb"^(list-[a-z-]+|precedence|mailing-list|x-mailing-list|auto-submitted|"
    rb"x-auto-response-suppress)[ \t]*:", re.I)


def corpus_dir():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.normpath(os.path.join(here, "..", "..", "shared", "corpus-real"))


def messages_in(data):
    """The messages of one file: itself, or its parts if it is an mbox."""
    data = data.replace(b"\r\n", b"\n")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith(b"From "):
        parts = FROM_LINE.split(data)
        return [p.split(b"\n", 1)[1] for p in parts if b"\n" in p]
    return [data]


def without_list_headers(message):
    head, sep, body = message.partition(b"\n\n")
    kept, dropping = [], False
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t"):
            if not dropping:
                kept.append(line)
            continue
        dropping = bool(LIST_HEADER.match(line))
        if not dropping:
            kept.append(line)
    return b"\n".join(kept) + sep + body


def is_person_mail(message):
    """Written by a person: small, with a From and a text body."""
    if len(message) > MAX_PERSON_MESSAGE:
        return False
    head = message.partition(b"\n\n")[0].lower()
    return b"\nfrom:" in b"\n" + head and b"multipart/report" not in head


def collect(root, people=False):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if name.endswith(".ann"):
                continue
            try:
                with open(path, "rb") as f:
                    data = f.read(MAX_MESSAGE + 1)
            except OSError:
                continue
            if len(data) > MAX_MESSAGE:
                continue
            for m in messages_in(data):
                if not (HEADER.match(m) and b"\n\n" in m):
                    continue
                if people:
                    if not is_person_mail(m):
                        continue
                    m = without_list_headers(m)
                found.append(m)
    return found


def with_message_id(message, copy, index):
    head, sep, body = message.partition(b"\n\n")
    lines = [l for l in head.split(b"\n") if not l.lower().startswith(b"message-id:")]
    lines.append(b"Message-ID: <bench-%d-%d@maillint.invalid>" % (copy, index))
    return b"\n".join(lines) + sep + body


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=520)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "work", "bench.mbox"))
    parser.add_argument("--people", action="store_true",
                        help="a person's mail: replies, no list headers")
    args = parser.parse_args()

    messages = collect(corpus_dir(), args.people)
    if not messages:
        sys.exit("make_mailbox: no messages found under " + corpus_dir())
    target = args.size_mb << 20
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    written = count = copy = 0
    with open(args.out + ".tmp", "wb") as out:
        while written < target:
            for i, m in enumerate(messages):
                body = ESCAPE.sub(rb">\1", with_message_id(m, copy, i))
                if not body.endswith(b"\n"):
                    body += b"\n"
                chunk = b"From bench@maillint.invalid  Mon Jan  1 00:00:00 2024\n" + body + b"\n"
                out.write(chunk)
                written += len(chunk)
                count += 1
                if written >= target:
                    break
            copy += 1
    os.replace(args.out + ".tmp", args.out)
    print("make_mailbox: %s: %d messages (%d distinct), %.1f MB"
          % (args.out, count, len(messages), written / 1e6))


if __name__ == "__main__":
    main()
