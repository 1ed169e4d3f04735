#include "mailbox/business_clock.h"

#include <doctest/doctest.h>

#include "mailbox/mail_date.h"

namespace maillint {
namespace {

int64_t At(const char* iso) {
  std::optional<MessageDate> d = ParseIso8601(iso);
  REQUIRE(d.has_value());
  return d->unix_seconds;
}

BusinessClock MakeClock(const std::string& kind,
                        std::vector<std::string> holidays = {},
                        const std::string& office = "Mon-Fri 08:00-16:30") {
  TurnaroundConfig config;
  config.clock = kind;
  config.holidays = std::move(holidays);
  config.office_hours = office;
  Result<BusinessClock> clock =
      BusinessClock::Create(config, "America/New_York");
  REQUIRE(clock.has_value());
  return clock.value();
}

TEST_CASE("calendar clock across the end of DST counts real hours") {
  // Friday 2026-10-30 15:00 EDT -> Monday 2026-11-02 09:30 EST.
  BusinessClock clock = MakeClock("calendar");
  double hours = clock.ElapsedHours(At("2026-10-30T15:00:00-04:00"),
                                    At("2026-11-02T09:30:00-05:00"));
  CHECK(hours == doctest::Approx(67.5));
}

TEST_CASE("weekdays clock skips the weekend, with a 25-hour Sunday") {
  BusinessClock clock = MakeClock("weekdays");
  // Friday 15:00 -> midnight: 9 h; Monday midnight -> 09:30: 9.5 h.
  double hours = clock.ElapsedHours(At("2026-10-30T15:00:00-04:00"),
                                    At("2026-11-02T09:30:00-05:00"));
  CHECK(hours == doctest::Approx(18.5));
  // Saturday to Sunday counts nothing.
  CHECK(clock.ElapsedHours(At("2026-10-31T10:00:00-04:00"),
                           At("2026-11-01T20:00:00-05:00")) == 0);
}

TEST_CASE("weekdays clock skips configured holidays") {
  BusinessClock plain = MakeClock("weekdays");
  BusinessClock with_holiday = MakeClock("weekdays", {"2026-11-26"});
  // Wednesday 12:00 -> Friday 12:00 over Thanksgiving Thursday.
  int64_t from = At("2026-11-25T12:00:00-05:00");
  int64_t to = At("2026-11-27T12:00:00-05:00");
  CHECK(plain.ElapsedHours(from, to) == doctest::Approx(48));
  CHECK(with_holiday.ElapsedHours(from, to) == doctest::Approx(24));
}

TEST_CASE("office-hours clock counts only office hours") {
  BusinessClock clock = MakeClock("office-hours");
  // Friday 15:00 -> Monday 09:30: 1.5 h Friday + 1.5 h Monday.
  CHECK(clock.ElapsedHours(At("2026-10-30T15:00:00-04:00"),
                           At("2026-11-02T09:30:00-05:00")) ==
        doctest::Approx(3.0));
  // Inside one day, evening mail waits for the morning.
  CHECK(clock.ElapsedHours(At("2026-11-03T18:00:00-05:00"),
                           At("2026-11-04T08:45:00-05:00")) ==
        doctest::Approx(0.75));
  // A full week is 5 x 8.5 h.
  CHECK(clock.ElapsedHours(At("2026-11-09T00:00:00-05:00"),
                           At("2026-11-16T00:00:00-05:00")) ==
        doctest::Approx(42.5));
}

TEST_CASE("office-hours with several groups and a holiday") {
  BusinessClock clock = MakeClock("office-hours", {"2026-11-11"},
                                  "Mon-Thu 07:30-16:00; Fri 07:30-12:00");
  // Tuesday 10 to Friday 13 Nov: Tue 8.5 + Wed holiday + Thu 8.5 + Fri 4.5.
  CHECK(clock.ElapsedHours(At("2026-11-10T00:00:00-05:00"),
                           At("2026-11-14T00:00:00-05:00")) ==
        doctest::Approx(21.5));
}

TEST_CASE("bad clock settings are configuration errors") {
  TurnaroundConfig config;
  config.clock = "weekday";
  Result<BusinessClock> bad = BusinessClock::Create(config, "America/New_York");
  REQUIRE_FALSE(bad.has_value());
  CHECK(bad.error().message().find("did you mean 'weekdays'") !=
        std::string::npos);
  config.clock = "office-hours";
  config.office_hours = "Mon-Fri 8-16";
  CHECK_FALSE(BusinessClock::Create(config, "America/New_York").has_value());
  config.office_hours = "Mon-Fri 08:00-16:30";
  CHECK_FALSE(BusinessClock::Create(config, "Mars/Olympus").has_value());
  config.holidays = {"2026-13-01"};
  CHECK_FALSE(BusinessClock::Create(config, "America/New_York").has_value());
}

TEST_CASE("local time follows the zone's DST rules") {
  BusinessClock clock = MakeClock("calendar");
  LocalTime summer = clock.Local(At("2026-07-01T12:00:00Z"));
  CHECK(summer.hour == 8);
  CHECK(summer.offset_minutes == -240);
  CHECK(summer.weekday == 2);  // Wednesday
  CHECK(clock.FormatLocal(At("2026-11-20T22:00:00Z")) ==
        "2026-11-20T17:00:00-05:00");
}

}  // namespace
}  // namespace maillint
