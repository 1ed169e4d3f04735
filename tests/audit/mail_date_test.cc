#include "mailbox/mail_date.h"

#include <doctest/doctest.h>

namespace maillint {
namespace {

int64_t Seconds(const char* text) {
  std::optional<MessageDate> d = ParseMailDate(text);
  REQUIRE_MESSAGE(d.has_value(), text);
  return d->unix_seconds;
}

TEST_CASE("RFC 5322 dates, modern and obsolete forms") {
  const int64_t expected = 1258471717;  // 2009-11-17T15:28:37Z
  CHECK(Seconds("Tue, 17 Nov 2009 15:28:37 +0000") == expected);
  CHECK(Seconds("17 Nov 2009 07:28:37 -0800 (PST)") == expected);
  CHECK(Seconds("Tue, 17 Nov 09 10:28:37 EST") == expected);
  CHECK(Seconds("Tue, 17 Nov 109 15:28:37 GMT") == expected);
  CHECK(Seconds("Tue,  17  Nov  2009  15:28:37  -0000") == expected);
  CHECK(Seconds("Tue, 17 Nov 2009 15:28:37 Z") == expected);
  CHECK(Seconds("Tue Nov 17 15:28:37 2009") == expected);  // asctime
  CHECK(Seconds("Tue, 17 Nov 2009 15:28 +0000") == expected - 37);
  CHECK(ParseMailDate("Tue, 17 Nov 2009 10:28:37 EST")->offset_minutes == -300);
}

TEST_CASE("unparseable dates give nothing") {
  CHECK_FALSE(ParseMailDate("").has_value());
  CHECK_FALSE(ParseMailDate("yesterday").has_value());
  CHECK_FALSE(ParseMailDate("Tue, 32 Nov 2009 15:28:37 +0000").has_value());
  CHECK_FALSE(ParseMailDate("Tue, 17 Nov 2009 25:28:37 +0000").has_value());
}

TEST_CASE("Received dates and the earliest of several") {
  CHECK(ParseReceivedDate("from a by b; Tue, 17 Nov 2009 15:28:37 +0000")
            ->unix_seconds == 1258471717);
  Message m;
  m.headers.push_back(
      {"Received", "from x by y; Tue, 17 Nov 2009 16:00:00 +0000", "", 1});
  m.headers.push_back(
      {"Received", "from z by x; Tue, 17 Nov 2009 15:00:00 +0000", "", 2});
  m.headers.push_back({"Received", "garbage without a date", "", 3});
  REQUIRE(EarliestReceived(m).has_value());
  CHECK(*EarliestReceived(m) == 1258470000);
}

TEST_CASE("ISO 8601 instants need an offset") {
  CHECK(ParseIso8601("2026-11-20T17:00:00-05:00")->unix_seconds ==
        ParseIso8601("2026-11-20T22:00:00Z")->unix_seconds);
  CHECK(ParseIso8601("2026-11-20 17:00-0500").has_value());
  CHECK_FALSE(ParseIso8601("2026-11-20T17:00:00").has_value());
  CHECK_FALSE(ParseIso8601("next week").has_value());
  CHECK(FormatIso8601(ParseIso8601("2026-11-20T17:00:00-05:00")->unix_seconds,
                      -300) == "2026-11-20T17:00:00-05:00");
}

}  // namespace
}  // namespace maillint
