-- daemon: --deadline-ms 300
-- env: MAILLINT_TEST_FAIL=hang
-- A check slower than --deadline-ms: the message is accepted unchecked
-- (--on-error=accept) with X-Maillint-Status: error, body untouched.
dofile(os.getenv("GW_LIB"))
local conn = gw.send("ana@district.example", {"colleague@district.example"},
                     gw.body("Student ID 123456789 is enrolled."))
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "accepted unchecked")
gw.check(mt.eom_check(conn, MT_HDRINSERT, "X-Maillint-Status", "error"), "status error")
gw.check(not mt.eom_check(conn, MT_QUARANTINE), "no verdict, no quarantine")
gw.check(not mt.eom_check(conn, MT_BODYCHANGE), "body not replaced")
mt.disconnect(conn)
-- External recipient: only the bare status, never the reason.
conn = gw.send("ana@district.example", {"parent@gmail.com"}, gw.body("Hi."))
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "external: accepted unchecked")
gw.check(not mt.eom_check(conn, MT_HDRINSERT, "X-Maillint-Findings"), "external: no reason")
mt.disconnect(conn)
