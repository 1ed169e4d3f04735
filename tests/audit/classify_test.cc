#include <doctest/doctest.h>

#include "mailbox/mail_record.h"

namespace maillint {
namespace {

Config TestConfig() {
  Config config;
  config.organization.domains = {"pghschools.org"};
  return config;
}

Message Mail(const std::string& from, const std::string& to,
             const std::string& subject = "Bus route") {
  Message m;
  m.from = {{"", from}};
  m.to = {{"", to}};
  m.subject = subject;
  return m;
}

MailKind Kind(const Message& m) {
  std::string reason;
  MailKind kind = ClassifyMessage(Analysis(m), TestConfig(), &reason);
  CHECK_FALSE(reason.empty());
  return kind;
}

TEST_CASE("senders and recipients decide inbound, staff reply, internal") {
  CHECK(Kind(Mail("ana@example.com", "clerk@pghschools.org")) ==
        MailKind::kInbound);
  CHECK(Kind(Mail("clerk@pghschools.org", "ana@example.com")) ==
        MailKind::kStaffReply);
  CHECK(Kind(Mail("clerk@pghschools.org", "nurse@pghschools.org")) ==
        MailKind::kInternal);
  Message cc = Mail("clerk@pghschools.org", "nurse@pghschools.org");
  cc.cc = {{"", "ana@example.com"}};
  CHECK(Kind(cc) == MailKind::kStaffReply);
  // Subdomains of the organization are internal too.
  CHECK(Kind(Mail("clerk@west.pghschools.org", "nurse@pghschools.org")) ==
        MailKind::kInternal);
}

TEST_CASE("automated mail is recognized by headers, sender and subject") {
  auto with_header = [](std::string name, std::string value) {
    Message m = Mail("clerk@pghschools.org", "ana@example.com");
    m.headers.push_back({name, value, value, 1});
    return m;
  };
  CHECK(Kind(with_header("Auto-Submitted", "auto-replied")) ==
        MailKind::kAutomated);
  CHECK(Kind(with_header("Auto-Submitted", "no")) == MailKind::kStaffReply);
  CHECK(Kind(with_header("X-Autoreply", "yes")) == MailKind::kAutomated);
  CHECK(Kind(with_header("Precedence", "bulk")) == MailKind::kAutomated);
  CHECK(Kind(with_header("Precedence", "first-class")) ==
        MailKind::kStaffReply);
  CHECK(Kind(with_header("List-Id", "<pta.example.com>")) ==
        MailKind::kAutomated);
  CHECK(Kind(with_header("List-Unsubscribe", "<mailto:u@x>")) ==
        MailKind::kAutomated);
  CHECK(Kind(with_header("Return-Path", "<>")) == MailKind::kAutomated);
  CHECK(Kind(Mail("clerk@pghschools.org", "ana@example.com",
                  "Automatic reply: Bus route")) == MailKind::kAutomated);
  CHECK(Kind(Mail("clerk@pghschools.org", "ana@example.com",
                  "Out of Office: Bus route")) == MailKind::kAutomated);
  CHECK(Kind(Mail("no-reply@news.example.com", "clerk@pghschools.org")) ==
        MailKind::kAutomated);
  Message flagged = Mail("ana@example.com", "clerk@pghschools.org");
  flagged.auto_class = AutoClass::kBulk;
  CHECK(Kind(flagged) == MailKind::kAutomated);
}

TEST_CASE("staff forwards are forwarded, an external forward is inbound") {
  CHECK(Kind(Mail("clerk@pghschools.org", "ana@example.com",
                  "Fwd: Bus route")) == MailKind::kForwarded);
  CHECK(Kind(Mail("clerk@pghschools.org", "nurse@pghschools.org",
                  "FW: Bus route")) == MailKind::kForwarded);
  CHECK(Kind(Mail("ana@example.com", "clerk@pghschools.org",
                  "Fwd: Bus route")) == MailKind::kInbound);
}

TEST_CASE("records fall back to raw headers the parser left empty") {
  Message m;
  m.headers.push_back(
      {"From", "Ana Diaz <Ana@Example.com>", "Ana Diaz <Ana@Example.com>", 1});
  m.headers.push_back(
      {"To", "clerk@pghschools.org", "clerk@pghschools.org", 2});
  m.headers.push_back(
      {"Message-ID", "<m2@example.com>", "<m2@example.com>", 3});
  m.headers.push_back({"In-Reply-To", "<m1@pghschools.org> (comment)", "", 4});
  m.headers.push_back(
      {"References", "<m0@example.com> <m1@pghschools.org>", "", 5});
  m.headers.push_back({"Date", "Tue, 17 Nov 2009 15:28:37 +0000", "", 6});
  m.headers.push_back(
      {"Received", "by mx; Tue, 17 Nov 2009 18:00:00 +0000", "", 7});
  m.headers.push_back({"Subject", "Re: Bus route", "Re: Bus route", 8});
  MailRecord r = MakeMailRecord(Analysis(m), 4, TestConfig());
  CHECK(r.index == 4);
  CHECK(r.message_id == "m2@example.com");
  CHECK(r.parent_ids ==
        std::vector<std::string>{"m0@example.com", "m1@pghschools.org"});
  CHECK(r.from_address == "ana@example.com");
  CHECK(r.from_name == "Ana Diaz");
  CHECK(r.to == std::vector<std::string>{"clerk@pghschools.org"});
  CHECK(r.time == 1258471717);
  CHECK(r.date_source == DateSource::kDateHeader);
  CHECK(*r.received_time == 1258480800);
  CHECK(r.base_subject == "bus route");
  CHECK(r.kind == MailKind::kInbound);
}

TEST_CASE("without a Date header the earliest Received is the time") {
  Message m = Mail("ana@example.com", "clerk@pghschools.org");
  m.headers.push_back(
      {"Received", "by b; Tue, 17 Nov 2009 18:00:00 +0000", "", 1});
  m.headers.push_back(
      {"Received", "by a; Tue, 17 Nov 2009 17:00:00 +0000", "", 2});
  MailRecord r = MakeMailRecord(Analysis(m), 0, TestConfig());
  CHECK(r.date_source == DateSource::kReceived);
  CHECK(r.time == 1258477200);
  Message none = Mail("ana@example.com", "clerk@pghschools.org");
  CHECK(MakeMailRecord(Analysis(none), 0, TestConfig()).date_source ==
        DateSource::kNone);
}

TEST_CASE("message ids are extracted from messy headers") {
  CHECK(ExtractMessageIds("<a@x> <b@y>\t<c@z>") ==
        std::vector<std::string>{"a@x", "b@y", "c@z"});
  CHECK(ExtractMessageIds("bare@id") == std::vector<std::string>{"bare@id"});
  CHECK(ExtractMessageIds("Your message of Tue <a@x>") ==
        std::vector<std::string>{"a@x"});
  CHECK(ExtractMessageIds("").empty());
}

}  // namespace
}  // namespace maillint
