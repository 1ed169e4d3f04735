-- Aborted transactions and dropped connections leave the daemon serving.
dofile(os.getenv("GW_LIB"))

-- Abort after the headers, then a second transaction on the same connection.
local conn = gw.connect()
gw.start(conn, "ana@district.example", {"parent@gmail.com"},
         gw.headers("parent@gmail.com"))
mt.bodystring(conn, gw.body("Student ID 123456789 is enrolled."))
gw.check(mt.abort(conn) == nil, "abort")
gw.start(conn, "ana@district.example", {"colleague@district.example"},
         gw.headers("colleague@district.example"), "TESTQ2")
mt.bodystring(conn, gw.body("The form is on the portal."))
gw.check(mt.eom(conn) == nil, "eom after abort")
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "second transaction accepted")
-- Nothing of the aborted message leaks into the next one.
gw.check(not mt.eom_check(conn, MT_QUARANTINE), "aborted message forgotten")
gw.check(mt.eom_check(conn, MT_HDRINSERT, "X-Maillint-Status", "pass"), "second passes")
mt.disconnect(conn)

-- Abort right after MAIL FROM, and twice in a row.
conn = gw.connect()
mt.mailfrom(conn, "<ana@district.example>")
gw.check(mt.abort(conn) == nil, "abort after mailfrom")
gw.check(mt.abort(conn) == nil, "second abort")
mt.disconnect(conn)

-- Abrupt disconnects in the middle of a header and of a body.
for i = 1, 5 do
  conn = gw.connect()
  gw.start(conn, "ana@district.example", {"parent@gmail.com"},
           gw.headers("parent@gmail.com"))
  mt.bodystring(conn, "partial body")
  mt.disconnect(conn, false)
end
conn = gw.connect()
mt.mailfrom(conn, "<ana@district.example>")
mt.rcptto(conn, "<parent@gmail.com>")
mt.header(conn, "Subject", "cut")
mt.disconnect(conn, false)

-- Still serving.
conn = gw.send("ana@district.example", {"colleague@district.example"},
               gw.body("The form is on the portal."))
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "serving after drops")
mt.disconnect(conn)
