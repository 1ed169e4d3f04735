#include "mail/header_fields.h"

#include <doctest/doctest.h>

#include "mail/auto_class.h"
#include "mail/mime_parser.h"

namespace maillint {
namespace {

TEST_CASE("dates: RFC 5322 and obsolete forms keep their offset") {
  InitMimeLibrary();
  std::optional<MessageDate> d =
      ParseMessageDate("Fri, 07 Oct 1994 16:15:05 -0700 (PDT)");
  REQUIRE(d);
  CHECK(d->unix_seconds == 781571705);
  CHECK(d->offset_minutes == -420);
  d = ParseMessageDate("7 Oct 94 16:15 EST");  // two-digit year, named zone
  REQUIRE(d);
  CHECK(d->unix_seconds == 781564500);
  CHECK(d->offset_minutes == -300);
  d = ParseMessageDate("Fri, 07 Oct 1994 23:15:05 -0000");
  REQUIRE(d);
  CHECK(d->offset_minutes == 0);
  d = ParseMessageDate("Thu, 10 Jul 1997 14:53:31 A");  // military = -0000
  REQUIRE(d);
  CHECK(d->unix_seconds == 868546411);
  d = ParseMessageDate("Thu, 10 Jul 1997 14:53:31 EST5EDT");
  REQUIRE(d);
  CHECK(d->offset_minutes == -300);
}

TEST_CASE("dates that cannot be read") {
  InitMimeLibrary();
  CHECK_FALSE(ParseMessageDate("next Tuesday"));
  CHECK_FALSE(ParseMessageDate(""));
  CHECK_FALSE(ParseMessageDate("Mon, 32 Oct 2020 10:00:00 +0000"));
}

TEST_CASE("message ids lose their angle brackets") {
  CHECK(ParseMessageIds("<a@b.org>") == std::vector<std::string>{"a@b.org"});
  CHECK(ParseMessageIds("<a@b>\r\n <c@d> (comment)") ==
        std::vector<std::string>{"a@b", "c@d"});
  CHECK(ParseMessageIds("Your message of Tue <x@y>") ==
        std::vector<std::string>{"x@y"});
  CHECK(ParseMessageIds("  bare@id ") == std::vector<std::string>{"bare@id"});
  CHECK(ParseMessageIds("").empty());
}

Message WithHeaders(std::vector<std::pair<std::string, std::string>> fields) {
  Message m;
  for (auto& [name, value] : fields) {
    m.headers.push_back({name, value, value, 1});
  }
  return m;
}

TEST_CASE("automation classification") {
  CHECK(ClassifyAutomation(WithHeaders({{"Subject", "Hi"}})) ==
        AutoClass::kHuman);
  CHECK(ClassifyAutomation(WithHeaders({{"Auto-Submitted", "no"}})) ==
        AutoClass::kHuman);
  CHECK(ClassifyAutomation(WithHeaders({{"Auto-Submitted", "auto-replied"}})) ==
        AutoClass::kAutoReply);
  CHECK(ClassifyAutomation(WithHeaders({{"X-Autoreply", "yes"}})) ==
        AutoClass::kAutoReply);
  CHECK(ClassifyAutomation(WithHeaders({{"X-Autorespond", "x"}})) ==
        AutoClass::kAutoReply);
  CHECK(ClassifyAutomation(WithHeaders(
            {{"Auto-Submitted", "auto-generated"}})) == AutoClass::kSystem);
  CHECK(ClassifyAutomation(WithHeaders({{"Precedence", "bulk"}})) ==
        AutoClass::kBulk);
  CHECK(ClassifyAutomation(WithHeaders({{"Precedence", "junk"}})) ==
        AutoClass::kBulk);
  CHECK(ClassifyAutomation(WithHeaders({{"Precedence", "list"}})) ==
        AutoClass::kList);
  CHECK(ClassifyAutomation(WithHeaders({{"List-Id", "<a.b>"}})) ==
        AutoClass::kList);
  CHECK(ClassifyAutomation(WithHeaders(
            {{"List-Unsubscribe", "<mailto:u@x>"}})) == AutoClass::kBulk);
  CHECK(ClassifyAutomation(WithHeaders({{"Return-Path", "<>"}})) ==
        AutoClass::kSystem);
  CHECK(ClassifyAutomation(WithHeaders(
            {{"Content-Type",
              "multipart/report; report-type=delivery-status; boundary=x"}})) ==
        AutoClass::kSystem);
  CHECK(ClassifyAutomation(WithHeaders(
            {{"Content-Type",
              "multipart/report; report-type=disposition-notification"}})) ==
        AutoClass::kSystem);
}

}  // namespace
}  // namespace maillint
