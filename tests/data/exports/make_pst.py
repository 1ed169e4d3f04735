#!/usr/bin/env python3
"""Writes district-thread.pst: a minimal Unicode PST (MS-PST) for tests.

No public PST holds a conversation with senders and send times, which the
audit's turnaround needs, so this script builds one from the format
specification ([MS-PST] sections cited below): a header, one node B-tree
page (NBT), one block B-tree page (BBT) and data blocks holding
heap-on-node property contexts (messages, the folder) and table contexts
(the folder's contents table, each message's recipient table).

The store has one folder, "Inbox" (the root folder), with four messages:
two conversations, each a parent's question and a staff reply.
  - "Bus schedule": Internet message ids; the reply has PR_IN_REPLY_TO_ID.
    Question submitted Mon 2024-09-02 08:00 UTC, reply 14:30 (6.5 h).
  - "Lunch menu": no Internet ids at all, only conversation indexes (the
    reply's is the question's plus one 5-byte block); maillint threads it
    from them. Question 09:00, reply 12:00 (3 h).
The file is deterministic: `python3 make_pst.py OUT` always writes the same
bytes (tests/cli/exports.sh checks the committed copy against it).

Usage: make_pst.py OUTPUT
"""
import struct
import sys
import zlib

PAGE = 512
FILETIME_1970 = 116444736000000000


def crc(data):
    """[MS-PST] 5.3: CRC-32 (reflected 0xEDB88320), initial 0, no final xor."""
    return zlib.crc32(data, 0xFFFFFFFF) ^ 0xFFFFFFFF


def sig(ib, bid):
    """[MS-PST] 5.5 ComputeSig."""
    ib ^= bid
    return ((ib >> 16) ^ ib) & 0xFFFF


def filetime(unix_seconds):
    return unix_seconds * 10000000 + FILETIME_1970


class Heap:
    """A heap-on-node ([MS-PST] 2.3.1) in one block."""

    def __init__(self, client_sig):
        self.client_sig = client_sig
        self.items = []

    def alloc(self, data):
        self.items.append(bytes(data))
        return len(self.items) << 5  # HID: hidIndex, block 0, type 0

    def build(self, user_root):
        body = b"".join(self.items)
        offsets = [12]
        for item in self.items:
            offsets.append(offsets[-1] + len(item))
        ib_hnpm = 12 + len(body)
        header = struct.pack("<HBBI4s", ib_hnpm, 0xEC, self.client_sig,
                             user_root, b"\0\0\0\0")
        pagemap = struct.pack("<HH", len(self.items), 0) + b"".join(
            struct.pack("<H", o) for o in offsets)
        return header + body + pagemap


def bth(heap, key_size, value_size, records):
    """A B-tree-on-heap ([MS-PST] 2.3.2) with one leaf level."""
    records = sorted(records)
    root = heap.alloc(b"".join(k + v for k, v in records)) if records else 0
    return heap.alloc(struct.pack("<BBBBI", 0xB5, key_size, value_size, 0, root))


# Property types.
PT_LONG, PT_BOOLEAN, PT_SYSTIME, PT_UNICODE, PT_BINARY = 3, 0xB, 0x40, 0x1F, 0x102


def value_bytes(ptype, value):
    if ptype == PT_UNICODE:
        return value.encode("utf-16-le")
    if ptype == PT_SYSTIME:
        return struct.pack("<Q", filetime(value))
    if ptype == PT_BINARY:
        return value
    raise ValueError(ptype)


def property_context(props):
    """[MS-PST] 2.3.3: props is a list of (id, type, value)."""
    heap = Heap(0xBC)
    records = []
    for pid, ptype, value in props:
        if ptype == PT_LONG:
            hnid = value
        elif ptype == PT_BOOLEAN:
            hnid = 1 if value else 0
        else:
            hnid = heap.alloc(value_bytes(ptype, value))
        records.append((struct.pack("<H", pid), struct.pack("<HI", ptype, hnid)))
    root = bth(heap, 2, 6, records)
    return heap.build(root)


def table_context(columns, rows):
    """[MS-PST] 2.3.4: columns are (id, type); every cell is 4 bytes (an
    integer, or the HID of a variable-size value); rows are value lists.
    PidTagLtpRowId/PidTagLtpRowVer (0x67F2/0x67F3) come first."""
    heap = Heap(0x7C)
    cols = [(0x67F2, PT_LONG), (0x67F3, PT_LONG)] + list(columns)
    width = 4 * len(cols)
    ceb = (len(cols) + 7) // 8
    row_size = width + ceb
    matrix = b""
    index = []
    for n, row in enumerate(rows):
        cells = [row[0], 0] + list(row[1:])
        data = b""
        for (pid, ptype), value in zip(cols, cells):
            if ptype in (PT_LONG, PT_BOOLEAN):
                data += struct.pack("<I", value)
            else:
                data += struct.pack("<I", heap.alloc(value_bytes(ptype, value)))
        bits = bytearray(ceb)
        for i in range(len(cols)):
            bits[i // 8] |= 0x80 >> (i % 8)  # every cell exists
        matrix += data + bytes(bits)
        index.append((struct.pack("<I", row[0]), struct.pack("<I", n)))
    row_index = bth(heap, 4, 4, index)
    rows_hid = heap.alloc(matrix) if rows else 0
    descs = b"".join(
        struct.pack("<IHBB", ptype | pid << 16, 4 * i, 4, i)
        for i, (pid, ptype) in enumerate(cols))
    info = struct.pack("<BBHHHHIII", 0x7C, len(cols), width, width, width,
                       row_size, row_index, rows_hid, 0) + descs
    root = heap.alloc(info)
    assert row_size > 0
    return heap.build(root)


class Writer:
    """Lays out blocks and the two B-tree pages after the header."""

    def __init__(self):
        self.blocks = []  # (bid, data)
        self.nodes = []   # (nid, bid_data, bid_sub, nid_parent)
        self.next_bid = 4

    def block(self, data, internal=False):
        bid = self.next_bid | (2 if internal else 0)
        self.next_bid += 4
        self.blocks.append((bid, data))
        return bid

    def subnodes(self, entries):
        """An SLBLOCK ([MS-PST] 2.2.2.8.3.3.1.1): (nid, bid_data, bid_sub)."""
        data = struct.pack("<BBHI", 2, 0, len(entries), 0) + b"".join(
            struct.pack("<QQQ", nid, bd, bs) for nid, bd, bs in entries)
        return self.block(data, internal=True)

    def node(self, nid, data, parent, sub=0):
        self.nodes.append((nid, self.block(data), sub, parent))

    def bt_page(self, ptype, entries, entry_size, ib, bid):
        body = b"".join(entries).ljust(488, b"\0")
        assert len(entries) * entry_size <= 488
        body += struct.pack("<BBBBI", len(entries), 488 // entry_size,
                            entry_size, 0, 0)
        trailer = struct.pack("<BBHIQ", ptype, ptype, sig(ib, bid), crc(body), bid)
        return body + trailer

    def write(self, path):
        out = bytearray(0x4400)  # header, then free space up to the AMap slot
        placed = []
        for bid, data in self.blocks:
            ib = len(out)
            size = (len(data) + 16 + 63) // 64 * 64
            trailer = struct.pack("<HHIQ", len(data), sig(ib, bid), crc(data), bid)
            out += data + b"\0" * (size - len(data) - 16) + trailer
            placed.append((bid, ib, len(data)))
        while len(out) % PAGE:
            out += b"\0"
        nbt_ib, nbt_bid = len(out), self.next_bid
        bbt_ib, bbt_bid = nbt_ib + PAGE, self.next_bid + 4
        nbt = [struct.pack("<QQQII", nid, bd, bs, parent, 0)
               for nid, bd, bs, parent in sorted(self.nodes)]
        bbt = [struct.pack("<QQHHI", bid, ib, cb, 2, 0)
               for bid, ib, cb in sorted(placed)]
        out += self.bt_page(0x81, nbt, 32, nbt_ib, nbt_bid)
        out += self.bt_page(0x80, bbt, 24, bbt_ib, bbt_bid)
        header = self.header(len(out), nbt_ib, nbt_bid, bbt_ib, bbt_bid)
        out[0:len(header)] = header
        with open(path, "wb") as f:
            f.write(out)

    def header(self, eof, nbt_ib, nbt_bid, bbt_ib, bbt_bid):
        """[MS-PST] 2.2.2.6, Unicode."""
        root = struct.pack("<IQQQQQQQQBBH", 0, eof, 0x4400, 0, 0, nbt_bid,
                           nbt_ib, bbt_bid, bbt_ib, 0, 0, 0)
        h = bytearray(564)
        h[0:4] = b"!BDN"
        h[8:10] = b"SM"
        struct.pack_into("<HHBB", h, 10, 23, 19, 1, 1)
        struct.pack_into("<Q", h, 32, bbt_bid + 4)  # bidNextP
        struct.pack_into("<I", h, 40, 0x400)        # dwUnique
        h[180:180 + len(root)] = root
        h[256:512] = b"\xff" * 256                  # rgbFM, rgbFP
        h[512] = 0x80                               # bSentinel
        h[513] = 0                                  # bCryptMethod: none
        struct.pack_into("<Q", h, 516, self.next_bid + 8)  # bidNextB
        struct.pack_into("<I", h, 4, crc(bytes(h[8:8 + 471])))
        struct.pack_into("<I", h, 524, crc(bytes(h[8:8 + 516])))
        return bytes(h)


ROOT_FOLDER = 0x122
INBOX = (0x400 << 5) | 0x02  # NID_TYPE_NORMAL_FOLDER
RECIPIENTS = 0x692

MON = 1725235200  # 2024-09-02 00:00:00 UTC
PARENT = ("Pat Parent", "parent@example.com")
STAFF = ("Sam Staff", "sam@district.org")
OFFICE = ("District Office", "office@district.org")


def conversation_index(seed, replies=0):
    """A 22-byte header block ([MS-OXOMSG] 2.2.1.3: the high 6 bytes of a
    FILETIME, then a GUID) plus 5-byte child blocks."""
    head = struct.pack(">Q", filetime(MON))[0:6] + bytes(
        (seed * 7 + i) & 0xFF for i in range(16))
    return head + b"\x00\x00\x01\x00\x00" * replies


def message(subject, sender, to, submit, body, ids=None, index=b""):
    props = [
        (0x001A, PT_UNICODE, "IPM.Note"),
        (0x0037, PT_UNICODE, subject),
        (0x0039, PT_SYSTIME, submit),
        (0x0E06, PT_SYSTIME, submit + 60),
        (0x3007, PT_SYSTIME, submit),
        (0x0C1A, PT_UNICODE, sender[0]),
        (0x0C1E, PT_UNICODE, "SMTP"),
        (0x0C1F, PT_UNICODE, sender[1]),
        (0x0042, PT_UNICODE, sender[0]),
        (0x0064, PT_UNICODE, "SMTP"),
        (0x0065, PT_UNICODE, sender[1]),
        (0x0070, PT_UNICODE, subject.replace("Re: ", "")),
        (0x1000, PT_UNICODE, body),
    ]
    if index:
        props.append((0x0071, PT_BINARY, index))
    for pid, value in (ids or {}).items():
        props.append((pid, PT_UNICODE, value))
    props.sort()
    recipients = table_context(
        [(0x0C15, PT_LONG), (0x3001, PT_UNICODE), (0x3002, PT_UNICODE),
         (0x3003, PT_UNICODE)],
        [[1, 1, to[0], "SMTP", to[1]]])
    return property_context(props), recipients


def main(path):
    w = Writer()
    # The root folder (no name) holds one folder, as Outlook's stores do.
    w.node(ROOT_FOLDER, property_context([(0x3001, PT_UNICODE, ""),
                                          (0x360A, PT_BOOLEAN, 1)]),
           ROOT_FOLDER)
    w.node(ROOT_FOLDER + 11, table_context([], [[INBOX]]), 0)  # hierarchy
    w.node(ROOT_FOLDER + 12, table_context([], []), 0)         # contents
    w.node(INBOX, property_context([(0x3001, PT_UNICODE, "Inbox"),
                                    (0x3602, PT_LONG, 4),
                                    (0x360A, PT_BOOLEAN, 0)]), ROOT_FOLDER)
    messages = [
        message("Bus schedule", PARENT, OFFICE, MON + 8 * 3600,
                "Hello,\nWhen does the bus come on Monday?\nPat\n",
                ids={0x1035: "<q1@example.com>"}),
        message("Re: Bus schedule", STAFF, PARENT, MON + 14 * 3600 + 1800,
                "Hello Pat,\n\nThe bus comes at 7:15 at the corner of Elm "
                "Street.\n\nSam Staff\nDistrict Office\n",
                ids={0x1035: "<r1@district.org>", 0x1042: "<q1@example.com>"}),
        message("Lunch menu", PARENT, OFFICE, MON + 9 * 3600,
                "Hello,\nWhere can I find the lunch menu?\nPat\n",
                index=conversation_index(1)),
        message("Re: Lunch menu", STAFF, PARENT, MON + 12 * 3600,
                "Hello Pat,\n\nThe lunch menu is on the school's page under "
                "Dining.\n\nSam Staff\nDistrict Office\n",
                index=conversation_index(1, replies=1)),
    ]
    rows = []
    for n, (props, recipients) in enumerate(messages):
        nid = ((0x10 + n) << 5) | 0x04  # NID_TYPE_NORMAL_MESSAGE
        sub = w.subnodes([(RECIPIENTS, w.block(recipients), 0)])
        w.node(nid, props, INBOX, sub)
        rows.append([nid])
    w.node(INBOX + 11, table_context([], []), 0)    # hierarchy
    w.node(INBOX + 12, table_context([], rows), 0)  # contents
    w.write(path)


if __name__ == "__main__":
    main(sys.argv[1])
