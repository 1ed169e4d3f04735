-- Shared helpers for the miltertest scripts run by tests/gateway/run_miltertest.sh.
-- The driver starts `maillint milter` on $GW_SOCKET with tests/gateway/gateway.yml
-- (organization domain district.example) and exports GW_PID and GW_DIR.
gw = {}
gw.socket = os.getenv("GW_SOCKET")
gw.pid = os.getenv("GW_PID")
gw.dir = os.getenv("GW_DIR")
-- miltertest waits 10 s for a reply by default; a 3 MB check in the
-- sanitizer build can take longer (the daemon runs with --deadline-ms 120000).
mt.set_timeout(300)

function gw.check(cond, what)
  if not cond then error("FAILED: " .. what, 2) end
end

function gw.connect()
  local conn = mt.connect(gw.socket, 40, 0.25)
  gw.check(conn ~= nil, "connect to " .. gw.socket)
  gw.check(mt.conninfo(conn, "client.example", "127.0.0.1") == nil, "conninfo")
  gw.check(mt.getreply(conn) == SMFIR_CONTINUE, "conninfo reply")
  return conn
end

-- Starts a transaction: envelope, the given header list ({name, value}
-- pairs) and end of headers. Returns nothing; errors on failure.
function gw.start(conn, from, rcpts, headers, queue_id)
  mt.macro(conn, SMFIC_MAIL, "i", queue_id or "TESTQ1")
  gw.check(mt.mailfrom(conn, "<" .. from .. ">") == nil, "mailfrom")
  for _, r in ipairs(rcpts) do
    gw.check(mt.rcptto(conn, "<" .. r .. ">") == nil, "rcptto " .. r)
  end
  for _, h in ipairs(headers) do
    gw.check(mt.header(conn, h[1], h[2]) == nil, "header " .. h[1])
  end
  gw.check(mt.eoh(conn) == nil, "eoh")
end

function gw.headers(to, subject)
  return {
    {"From", "Ana Staff <ana@district.example>"},
    {"To", to},
    {"Subject", subject or "Re: your question"},
    {"Date", "Mon, 1 Dec 2025 10:00:00 -0500"},
    {"Message-ID", "<t1@district.example>"},
  }
end

-- One whole message; returns the connection after end of message.
function gw.send(from, rcpts, body, subject)
  local conn = gw.connect()
  gw.start(conn, from, rcpts, gw.headers(rcpts[1], subject))
  gw.check(mt.bodystring(conn, body) == nil, "body")
  gw.check(mt.eom(conn) == nil, "eom")
  return conn
end

function gw.reply(conn)
  return mt.getreply(conn)
end

function gw.body(text)
  return "Hello,\r\n\r\n" .. text .. "\r\n\r\nAna Staff\r\nOffice\r\n"
end
