-- Clean mail: accepted, verdict headers for internal recipients only,
-- forged X-Maillint-* fields deleted, the body never replaced.
dofile(os.getenv("GW_LIB"))

-- Internal recipient: full verdict headers at the top.
local conn = gw.connect()
local h = gw.headers("colleague@district.example")
table.insert(h, {"X-Maillint-Status", "pass"})
table.insert(h, {"x-maillint-findings", "none"})
gw.start(conn, "ana@district.example", {"colleague@district.example"}, h)
mt.bodystring(conn, gw.body("The form is attached to the portal."))
gw.check(mt.eom(conn) == nil, "eom")
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "clean internal mail accepted")
gw.check(mt.eom_check(conn, MT_HDRINSERT, "X-Maillint-Status", "pass"),
         "X-Maillint-Status: pass inserted")
gw.check(mt.eom_check(conn, MT_HDRINSERT, "X-Maillint-Findings", "none"),
         "X-Maillint-Findings: none inserted")
gw.check(mt.eom_check(conn, MT_HDRDELETE, "X-Maillint-Status"),
         "forged X-Maillint-Status deleted")
gw.check(mt.eom_check(conn, MT_HDRDELETE, "x-maillint-findings"),
         "forged x-maillint-findings deleted")
gw.check(not mt.eom_check(conn, MT_BODYCHANGE), "body not replaced")
gw.check(not mt.eom_check(conn, MT_QUARANTINE), "not quarantined")
gw.check(not mt.eom_check(conn, MT_HDRCHANGE, "Subject"), "subject unchanged")
mt.disconnect(conn)

-- External recipient: accepted, and no verdict header reaches the family.
conn = gw.send("ana@district.example", {"parent@gmail.com"},
               gw.body("The form is on the portal."))
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "clean external mail accepted")
gw.check(not mt.eom_check(conn, MT_HDRINSERT), "no header to an outside address")
gw.check(not mt.eom_check(conn, MT_HDRADD), "no header added for outside")
gw.check(not mt.eom_check(conn, MT_BODYCHANGE), "body not replaced")
mt.disconnect(conn)
