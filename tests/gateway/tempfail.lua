-- daemon: --deadline-ms 300 --on-error=tempfail
-- env: MAILLINT_TEST_FAIL=hang
-- With --on-error=tempfail a missed deadline is 451 4.4.7 (the client retries).
dofile(os.getenv("GW_LIB"))
local conn = gw.send("ana@district.example", {"colleague@district.example"},
                     gw.body("The form is on the portal."))
gw.check(gw.reply(conn) == SMFIR_REPLYCODE, "tempfail reply")
-- (miltertest matches a reply only with all three parts given)
gw.check(mt.eom_check(conn, MT_SMTPREPLY, "451", "4.4.7",
  "maillint: message not checked: no verdict within --deadline-ms 300"),
  "451 4.4.7")
mt.disconnect(conn)
