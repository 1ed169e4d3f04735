"""End-to-end checks through a real Postfix (started by tools/postfix-e2e.sh).

Sends messages with smtplib to the submission smtpd that runs the maillint
milter and checks, byte for byte, what Postfix delivered (DIR/out, written by
tools/postfix-sink.sh), what it put on hold (the quarantine) and what it
refused. A delivered message must equal the one sent, except for Postfix's own
Received field and the X-Maillint-* fields the header policy allows (and the
Subject for `tag`): LF line endings, as Postfix hands mail to pipe(8).
"""
import glob
import json
import os
import smtplib
import subprocess
import sys
import time

DIR = os.environ["PF_DIR"]
PORT = int(os.environ["SUBMIT_PORT"])
PLAIN_PORT = int(os.environ["PLAIN_PORT"])  # the same smtpd without the milter
failures = []


def check(cond, what):
    print(("ok: " if cond else "FAILED: ") + what)
    if not cond:
        failures.append(what)


def message(to, subject, body, extra=""):
    return (f"From: Ana Staff <ana@district.example>\r\nTo: {to}\r\n"
            f"Subject: {subject}\r\nDate: Mon, 01 Dec 2025 10:00:00 -0500\r\n"
            f"Message-ID: <{abs(hash(subject + body))}@district.example>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Transfer-Encoding: 8bit\r\n{extra}\r\n"
            f"Hello,\r\n\r\n{body}\r\n\r\nAna Staff\r\nFamily Office\r\n").encode()


def send(rcpts, data, port=PORT):
    """Returns (code, text) of the reply to the end of DATA."""
    with smtplib.SMTP("127.0.0.1", port, timeout=120) as s:
        s.ehlo("client.example")
        s.mail("ana@district.example")
        for r in rcpts:
            s.rcpt(r)
        code, text = s.data(data)
        return code, text.decode()


def split(raw):
    head, _, body = raw.partition(b"\n\n")
    fields = []
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b"\n" + line
        else:
            fields.append(line)
    return fields, body


def without(raw, names):
    fields, body = split(raw)
    kept = [f for f in fields
            if not any(f.lower().startswith(n.lower() + b":") for n in names)]
    return b"\n".join(kept) + b"\n\n" + body


def field(raw, name):
    fields, _ = split(raw)
    return [f.split(b":", 1)[1].strip() for f in fields
            if f.lower().startswith(name.lower() + b":")]


def lf(data):
    return data.replace(b"\r\n", b"\n")


def wait_delivered(rcpt, count=1):
    for _ in range(600):
        files = sorted(glob.glob(f"{DIR}/out/{rcpt}.*.eml"))
        if len(files) >= count:
            return [open(f, "rb").read() for f in files]
        time.sleep(0.1)
    return []


def queue():
    out = subprocess.run(["postqueue", "-c", f"{DIR}/conf", "-j"],
                         capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def held_copy(queue_id):
    return subprocess.run(["postcat", "-c", f"{DIR}/conf", "-bh", "-q", queue_id],
                          capture_output=True, check=True).stdout


MAILLINT = [b"X-Maillint-Status", b"X-Maillint-Findings"]
STRIP = [b"Received"] + MAILLINT

# 1. Clean mail to a colleague: delivered with the verdict headers.
m = message("colleague@district.example", "Re: bus times", "The bus leaves at 7:40.")
code, _ = send(["colleague@district.example"], m)
check(code == 250, "clean internal: 250")
got = wait_delivered("colleague@district.example")
check(len(got) == 1, "clean internal: delivered once")
if got:
    check(without(got[0], STRIP) == lf(m), "clean internal: bytes identical")
    check(field(got[0], b"X-Maillint-Status") == [b"pass"], "clean internal: status pass")

# 2. Clean mail to a family, with a forged verdict: no X-Maillint-* reaches them.
m = message("parent@family.example", "Re: lunch menu", "The menu is on the portal.",
            "X-Maillint-Status: pass\r\n")
code, _ = send(["parent@family.example"], m)
check(code == 250, "clean external: 250")
got = wait_delivered("parent@family.example")
check(len(got) == 1, "clean external: delivered")
if got:
    check(not field(got[0], b"X-Maillint-Status"), "external: no verdict header (forged one gone)")
    check(without(got[0], [b"Received"]) == without(lf(m), MAILLINT),
          "external: bytes identical except the forged field")

# 3. A student ID to a family: quarantined (hold queue), not delivered.
m = message("mom@family2.example", "Re: records", "Student ID 123456789 is enrolled.")
code, _ = send(["mom@family2.example"], m)
check(code == 250, "student ID to a family: accepted into quarantine")
time.sleep(1)
held = [q for q in queue() if q.get("queue_name") == "hold"]
check(len(held) == 1, "student ID: one message on hold")
check(not glob.glob(f"{DIR}/out/mom@family2.example.*"), "student ID: not delivered")
if held:
    copy = held_copy(held[0]["queue_id"])
    check(without(copy, STRIP) == lf(m), "held copy: bytes identical")
    check(not field(copy, b"X-Maillint-Status"), "held copy: no verdict header for the family")

# 4. An SSN: refused with 550 5.7.1 and the reason; nothing queued.
before = len(queue())
m = message("dad@family3.example", "Re: forms", "Mateo's SSN as entered: 512-44-3187")
code, text = send(["dad@family3.example"], m)
check(code == 550, "SSN: 550")
check(text.startswith("5.7.1 Social Security number in the mail; remove it and send again"),
      "SSN: 5.7.1 and the reason: " + text)
check(len(queue()) == before, "SSN: nothing queued")

# 5. A placeholder: 451 4.7.1, the client keeps it.
m = message("dad@family3.example", "Re: trip", "Dear [NAME], the trip is on Friday.")
code, text = send(["dad@family3.example"], m)
check(code == 451 and text.startswith("4.7.1 template placeholder"),
      "placeholder: 451 4.7.1: " + text)
check(len(queue()) == before, "placeholder: nothing queued")
check(not glob.glob(f"{DIR}/out/dad@family3.example.*"), "SSN/placeholder: nothing delivered")

# 6. Blame to a colleague: tagged Subject, everything else identical.
m = message("principal@district.example", "Re: schedule", "As per my last email, the schedule is fixed.")
code, _ = send(["principal@district.example"], m)
check(code == 250, "tag: 250")
got = wait_delivered("principal@district.example")
if got:
    check(field(got[0], b"Subject") == [b"[check] Re: schedule"], "tag: Subject prefixed")
    check(without(got[0], STRIP + [b"Subject"]) == without(lf(m), [b"Subject"]),
          "tag: bytes identical apart from the Subject")

# 7. Large: a 90 KB header field (folded into 100 lines) and a 2 MB body.
body = "\r\n".join(f"Line {i}: the form is due on Friday, thank you." for i in range(40000))
long_field = "X-Long: " + "\r\n ".join(["a" * 900] * 100) + "\r\n"
m = message("big@district.example", "Re: big", body, long_field)
code, _ = send(["big@district.example"], m)
check(code == 250, "large: 250")
got = wait_delivered("big@district.example")
if got:
    # Postfix itself keeps only the first 64 KiB or so of one header field
    # (header_size_limit and its record handling): compare with the same
    # message sent through the smtpd without the milter.
    send(["big-plain@district.example"], m, PLAIN_PORT)
    plain = wait_delivered("big-plain@district.example")
    check(bool(plain) and without(got[0], STRIP) == without(plain[0], [b"Received"]),
          "large: bytes identical to the same mail without the milter")
    check(without(got[0], STRIP).endswith(lf(m).split(b"\n\n", 1)[1]),
          "large: 2 MB body identical")
    check(len(field(got[0], b"X-Maillint-Status")) == 1, "large: one verdict")

# 8. Many recipients, one of them outside: one copy each, no verdict headers.
rcpts = [f"staff{i}@district.example" for i in range(50)] + ["aunt@family4.example"]
m = message("staff0@district.example", "Re: meeting", "The meeting is at noon.")
code, _ = send(rcpts, m)
check(code == 250, "many recipients: 250")
got = wait_delivered("staff49@district.example") + wait_delivered("aunt@family4.example")
check(len(got) == 2, "many recipients: delivered")
for copy in got:
    check(without(copy, [b"Received"]) == lf(m), "many recipients: bytes identical, no verdict")

# 9. A blind copy to a family with a student ID: the envelope counts.
m = message("colleague2@district.example", "Re: roster", "Student ID 123456789 is enrolled.")
code, _ = send(["colleague2@district.example", "grandma@family5.example"], m)
check(code == 250, "bcc: accepted")
time.sleep(1)
held = [q for q in queue() if q.get("queue_name") == "hold"]
check(len(held) == 2, "bcc to a family: quarantined too")

# 10. notify: delivered, and the sender gets a notice through Postfix's
# sendmail (null envelope sender, Auto-Submitted, the finding, no loop).
m = message("teacher@district.example", "Re: field trip", "Please sign the the form.")
code, _ = send(["teacher@district.example"], m)
check(code == 250, "notify: 250")
got = wait_delivered("teacher@district.example")
check(len(got) == 1 and without(got[0], STRIP) == lf(m), "notify: message delivered intact")
notice = wait_delivered("ana@district.example")
check(len(notice) == 1, "notify: one notice to the sender")
if notice:
    check(field(notice[0], b"Auto-Submitted") == [b"auto-generated"], "notice: auto-generated")
    check(b"proofreading.repeated-word" in notice[0], "notice: names the finding")
    check(field(notice[0], b"To") == [b"ana@district.example"], "notice: to the sender only")

sys.exit(1 if failures else 0)
