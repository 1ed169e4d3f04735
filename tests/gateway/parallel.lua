-- 8 miltertest processes at once, each running every action (actions.lua)
-- and clean.lua: concurrent checks on the daemon's pool, each message
-- getting its own verdict.
dofile(os.getenv("GW_LIB"))
local here = string.match(os.getenv("GW_LIB"), "^(.*)/lib.lua$")
local script = gw.dir .. "/parallel.sh"
local f = io.open(script, "w")
f:write("for i in 1 2 3 4 5 6 7 8; do\n")
f:write("  (printf 'local ok, e = pcall(dofile, \"%s/actions.lua\")\\nif not ok then print(e) os.exit(1) end\\n' '" .. here .. "' >" .. gw.dir .. "/p$i.lua\n")
f:write("   miltertest -s " .. gw.dir .. "/p$i.lua && miltertest -s " .. here .. "/clean.lua && touch " .. gw.dir .. "/ok.$i) &\n")
f:write("done\nwait\n")
f:close()
os.execute("sh " .. script)
local p = io.popen("ls " .. gw.dir .. " | grep -c '^ok\\.'")
local n = tonumber(p:read("*a"))
p:close()
gw.check(n == 8, "all 8 parallel runs passed (" .. tostring(n) .. ")")
