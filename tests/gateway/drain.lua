-- SIGTERM: no new connections, the open session finishes its message.
-- The driver then checks that the daemon exited 0.
dofile(os.getenv("GW_LIB"))

local a = gw.connect()
gw.start(a, "ana@district.example", {"parent@gmail.com"},
         gw.headers("parent@gmail.com"))
os.execute("kill -TERM " .. gw.pid)
mt.sleep(1.5)
mt.bodystring(a, gw.body("Student ID 123456789 is enrolled."))
gw.check(mt.eom(a) == nil, "eom after SIGTERM")
gw.check(gw.reply(a) == SMFIR_CONTINUE, "drained message accepted")
gw.check(mt.eom_check(a, MT_QUARANTINE), "drained message judged (quarantine)")
mt.disconnect(a)
