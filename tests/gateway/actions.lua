-- Each policy action of tests/gateway/gateway.yml, through the protocol.
dofile(os.getenv("GW_LIB"))

-- quarantine: a student ID to an outside address.
local conn = gw.send("ana@district.example", {"parent@gmail.com"},
                     gw.body("Student ID 123456789 is enrolled."))
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "quarantined mail is accepted")
gw.check(mt.eom_check(conn, MT_QUARANTINE,
  "student information to an outside address; held for review " ..
  "[confidentiality.student-id]"), "quarantine with the reason")
gw.check(not mt.eom_check(conn, MT_HDRINSERT), "no verdict header to a family")
mt.disconnect(conn)

-- The same to a colleague: accepted, and the internal headers may name it.
conn = gw.send("ana@district.example", {"colleague@district.example"},
               gw.body("Student ID 123456789 is enrolled."))
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "internal mail accepted")
gw.check(not mt.eom_check(conn, MT_QUARANTINE), "internal mail not quarantined")
gw.check(mt.eom_check(conn, MT_HDRINSERT, "X-Maillint-Status"),
         "internal: status header")
local findings = mt.getheader(conn, "X-Maillint-Findings", 0)
gw.check(findings ~= nil and string.find(findings, "confidentiality.student-id", 1, true),
         "internal: findings name the rule")
mt.disconnect(conn)

-- reject: 550 5.7.1 with the human reason for the sender.
conn = gw.send("ana@district.example", {"parent@gmail.com"},
               gw.body("Mateo's SSN as entered: 512-44-3187"))
gw.check(gw.reply(conn) == SMFIR_REPLYCODE, "reject gives a reply code")
gw.check(mt.eom_check(conn, MT_SMTPREPLY, "550", "5.7.1",
  "Social Security number in the mail; remove it and send again " ..
  "[confidentiality.ssn]"), "550 5.7.1 with the reason")
mt.disconnect(conn)

-- hold: 451 4.7.1; the client keeps the message.
conn = gw.send("ana@district.example", {"parent@gmail.com"},
               gw.body("Dear [NAME], the form is ready."))
gw.check(gw.reply(conn) == SMFIR_REPLYCODE, "hold gives a reply code")
gw.check(mt.eom_check(conn, MT_SMTPREPLY, "451", "4.7.1",
  "template placeholder left in the reply; fill it in and send again " ..
  "[proofreading.placeholder]"), "451 4.7.1 with the reason")
mt.disconnect(conn)

-- tag: Subject prefix.
conn = gw.send("ana@district.example", {"colleague@district.example"},
               gw.body("As per my last email, the form is due."))
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "tagged mail accepted")
gw.check(mt.eom_check(conn, MT_HDRCHANGE, "Subject", "[check] Re: your question"),
         "subject tagged")
mt.disconnect(conn)

-- notify: accepted, and a notice for the sender is written by the command.
conn = gw.send("ana@district.example", {"colleague@district.example"},
               gw.body("Please sign the the form."))
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "notify: accepted")
mt.disconnect(conn)
local p = io.popen("cat " .. gw.dir .. "/notices/notice.* 2>/dev/null")
local notice = p:read("*a")
p:close()
gw.check(string.find(notice, "To: ana@district.example", 1, true), "notice to the sender")
gw.check(string.find(notice, "proofreading.repeated-word", 1, true), "notice names the finding")
gw.check(string.find(notice, "Auto-Submitted: auto-generated", 1, true), "notice is auto-submitted")

-- accept with a finding the policy does not act on (links.shortener).
conn = gw.send("ana@district.example", {"colleague@district.example"},
               gw.body("Go to https://bit.ly/abc now."))
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "accept")
gw.check(mt.eom_check(conn, MT_HDRINSERT, "X-Maillint-Status"), "accept adds headers")
mt.disconnect(conn)

-- Mixed recipients: one outside address means no verdict headers at all.
conn = gw.send("ana@district.example", {"colleague@district.example", "parent@gmail.com"},
               gw.body("Go to https://bit.ly/abc now."))
gw.check(gw.reply(conn) == SMFIR_CONTINUE, "mixed: accept")
gw.check(not mt.eom_check(conn, MT_HDRINSERT), "mixed: no headers")
mt.disconnect(conn)
