-- 30 sessions open at once, their transactions interleaved step by step:
-- each gets the verdict for its own message.
dofile(os.getenv("GW_LIB"))

local n = 30
local conns = {}
for i = 1, n do conns[i] = gw.connect() end
for i = 1, n do
  local rcpt = (i % 2 == 0) and "parent" .. i .. "@gmail.com" or "staff" .. i .. "@district.example"
  gw.start(conns[i], "ana@district.example", {rcpt}, gw.headers(rcpt), "Q" .. i)
end
for i = 1, n do
  local text = (i % 3 == 0) and "Student ID 123456789 is enrolled." or "The form is on the portal."
  mt.bodystring(conns[i], gw.body(text))
end
for i = 1, n do gw.check(mt.eom(conns[i]) == nil, "eom " .. i) end
for i = 1, n do
  gw.check(gw.reply(conns[i]) == SMFIR_CONTINUE, "reply " .. i)
  local should = (i % 2 == 0) and (i % 3 == 0)
  gw.check(mt.eom_check(conns[i], MT_QUARANTINE) == should,
           "session " .. i .. " quarantine " .. tostring(should))
  gw.check(mt.eom_check(conns[i], MT_HDRINSERT) == (i % 2 == 1),
           "session " .. i .. " headers only for internal mail")
end
for i = 1, n do mt.disconnect(conns[i]) end
