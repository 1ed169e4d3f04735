-- env: MAILLINT_TEST_FAIL=throw
-- An exception inside the check: accepted unchecked, status error.
dofile(os.getenv("GW_LIB"))
local conn = gw.send("ana@district.example", {"colleague@district.example"},
                     gw.body("The form is on the portal."))
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "accepted unchecked")
gw.check(mt.eom_check(conn, MT_HDRINSERT, "X-Maillint-Status", "error"), "status error")
mt.disconnect(conn)
