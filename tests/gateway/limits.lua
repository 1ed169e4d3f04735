-- Huge headers, huge bodies and many recipients: every message gets an
-- answer, nothing is replaced, and the daemon stays up. The driver runs the
-- daemon with --max-size 4M.
dofile(os.getenv("GW_LIB"))

-- 2000 header fields of 900 bytes (1.8 MB of header; miltertest itself cannot
-- send one field over ~1000 bytes: tools/postfix-e2e.sh sends a 90 KB one).
local conn = gw.connect()
local h = gw.headers("colleague@district.example")
for i = 1, 2000 do table.insert(h, {"X-Trace-" .. i, string.rep("hop ", 225)}) end
gw.start(conn, "ana@district.example", {"colleague@district.example"}, h)
mt.bodystring(conn, gw.body("Short body."))
gw.check(mt.eom(conn) == nil, "eom after huge headers")
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "huge headers accepted")
gw.check(mt.eom_check(conn, MT_HDRINSERT, "X-Maillint-Status"), "huge headers: verdict")
gw.check(not mt.eom_check(conn, MT_BODYCHANGE), "body not replaced")
mt.disconnect(conn)

-- A 3 MB body (checked) in 64 KB chunks.
conn = gw.connect()
gw.start(conn, "ana@district.example", {"colleague@district.example"},
         gw.headers("colleague@district.example"))
local line = string.rep("The form is due on Friday. ", 3) .. "\r\n"
local chunk = string.rep(line, math.floor(65536 / #line))
for i = 1, 48 do mt.bodystring(conn, chunk) end
gw.check(mt.eom(conn) == nil, "eom after 3 MB")
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "3 MB body accepted")
gw.check(mt.eom_check(conn, MT_HDRINSERT, "X-Maillint-Status"), "3 MB: verdict")
gw.check(not mt.eom_check(conn, MT_BODYCHANGE), "3 MB: body not replaced")
mt.disconnect(conn)

-- A 6 MB body (over --max-size): accepted unchecked, status error.
conn = gw.connect()
gw.start(conn, "ana@district.example", {"colleague@district.example"},
         gw.headers("colleague@district.example"))
for i = 1, 96 do mt.bodystring(conn, chunk) end
gw.check(mt.eom(conn) == nil, "eom after 6 MB")
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "oversized body accepted")
gw.check(mt.eom_check(conn, MT_HDRINSERT, "X-Maillint-Status", "error"),
         "oversized: status error")
gw.check(not mt.eom_check(conn, MT_BODYCHANGE), "oversized: body not replaced")
mt.disconnect(conn)

-- 1000 recipients, one of them outside: treated as external.
conn = gw.connect()
local rcpts = {}
for i = 1, 999 do table.insert(rcpts, "staff" .. i .. "@district.example") end
table.insert(rcpts, "parent@gmail.com")
gw.start(conn, "ana@district.example", rcpts, gw.headers("staff1@district.example"))
mt.bodystring(conn, gw.body("Student ID 123456789 is enrolled."))
gw.check(mt.eom(conn) == nil, "eom with 1000 recipients")
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "1000 recipients: accepted")
gw.check(mt.eom_check(conn, MT_QUARANTINE), "1000 recipients with one outside: quarantined")
mt.disconnect(conn)

-- Not mail (no From/To/Subject/Date/Message-ID field): accepted unchecked,
-- never "pass".
conn = gw.connect()
gw.start(conn, "ana@district.example", {"colleague@district.example"}, {{"X-Junk", "1"}})
mt.bodystring(conn, "just a draft, no header block\r\n")
gw.check(mt.eom(conn) == nil, "eom for junk")
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "junk accepted unchecked")
gw.check(mt.eom_check(conn, MT_HDRINSERT, "X-Maillint-Status", "error"), "junk: error")
mt.disconnect(conn)
