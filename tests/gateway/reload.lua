-- SIGHUP reloads the configuration without dropping a connection: the
-- message in flight keeps the rules it started with, the next one gets the
-- new ones; a broken configuration is refused and the last good one stays.
dofile(os.getenv("GW_LIB"))
local config = os.getenv("GW_CONFIG")

local function reloads(kind)
  local f = io.open(gw.dir .. "/stats.prom")
  if f == nil then return -1 end
  local text = f:read("*a")
  f:close()
  return tonumber(string.match(text, "\nmaillint_milter_" .. kind .. "_total (%d+)")) or -1
end

local function wait_for(kind, n)
  for i = 1, 100 do
    if reloads(kind) >= n then return end
    mt.sleep(0.1)
  end
  error("FAILED: no " .. kind .. " counted")
end

-- A message in flight across the reload.
local a = gw.connect()
gw.start(a, "ana@district.example", {"colleague@district.example"},
         gw.headers("colleague@district.example"))

-- New configuration: tone.* is rejected instead of tagged.
os.execute("sed -i 's/action: tag/action: reject/' " .. config)
os.execute("kill -HUP " .. gw.pid)
wait_for("reloads", 1)

mt.bodystring(a, gw.body("As per my last email, the form is due."))
gw.check(mt.eom(a) == nil, "eom of the message in flight")
gw.check(gw.reply(a) == SMFIR_CONTINUE, "in flight: old rules (tag)")
gw.check(mt.eom_check(a, MT_HDRCHANGE, "Subject"), "in flight: tagged")
-- The same connection's next message uses the new rules.
gw.start(a, "ana@district.example", {"colleague@district.example"},
         gw.headers("colleague@district.example"), "TESTQ2")
mt.bodystring(a, gw.body("As per my last email, the form is due."))
gw.check(mt.eom(a) == nil, "eom after reload")
gw.check(gw.reply(a) == SMFIR_REPLYCODE, "same connection, new rules: reject")
mt.disconnect(a)

-- A broken file: refused, the last good configuration stays.
os.execute("printf 'rules: [unclosed\\n' >> " .. config)
os.execute("kill -HUP " .. gw.pid)
wait_for("reload_failures", 1)
local b = gw.send("ana@district.example", {"colleague@district.example"},
                  gw.body("As per my last email, the form is due."))
gw.check(gw.reply(b) == SMFIR_REPLYCODE, "after a failed reload: still reject")
mt.disconnect(b)

-- A burst of SIGHUPs: each goes to maillint's own signal wait, never to
-- libmilter's (which would stop the milter): the daemon keeps serving.
os.execute("sed -i '$d' " .. config)  -- the broken line goes again
for i = 1, 20 do
  os.execute("kill -HUP " .. gw.pid)
  mt.sleep(0.05)
end
wait_for("reloads", 2)
local c = gw.send("ana@district.example", {"colleague@district.example"},
                  gw.body("The form is on the portal."))
gw.check(gw.reply(c) == SMFIR_CONTINUE, "serving after 20 SIGHUPs")
mt.disconnect(c)
