// BusinessClock: how many hours of an interval count toward a turnaround
// limit, in the organization's time zone (ICU TimeZone/Calendar, so DST
// transitions and historical offsets are right).
//
// CLOCKS (TurnaroundConfig::clock)
//   calendar      every hour counts. Friday 15:00 EDT -> Monday 09:30 EST
//                 across the end of DST is 67.5 hours (real elapsed time).
//   weekdays      only hours falling on Monday-Friday local days that are
//                 not holidays count.
//   office-hours  only the configured office hours count, on days that are
//                 not holidays. Syntax: groups separated by ';', each
//                 "DAYS HH:MM-HH:MM [HH:MM-HH:MM...]" where DAYS is a comma
//                 list of days or day ranges ("Mon-Fri", "Mon,Wed",
//                 "Mon-Thu 07:30-16:00; Fri 07:30-12:00").
// Holidays (YYYY-MM-DD, local dates) count only under weekdays and
// office-hours.
//
// Create() fails with kInvalidConfig naming the bad key. A BusinessClock
// is immutable and may be used from several threads at once.
#ifndef MAILLINT_SRC_MAILBOX_BUSINESS_CLOCK_H_
#define MAILLINT_SRC_MAILBOX_BUSINESS_CLOCK_H_

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/config.h"
#include "base/result.h"

namespace maillint {

// Local calendar position of an instant.
struct LocalTime {
  int year = 0, month = 0, day = 0;  // month 1-12
  int weekday = 0;                   // 0 = Monday ... 6 = Sunday
  int hour = 0, minute = 0;
  int offset_minutes = 0;  // UTC offset in effect
};

class BusinessClock {
 public:
  enum class Kind { kCalendar, kWeekdays, kOfficeHours };

  // `timezone` is an IANA name (e.g. "America/New_York").
  static Result<BusinessClock> Create(const TurnaroundConfig& config,
                                      const std::string& timezone);

  // Counted hours between two instants (seconds since the epoch); 0 when
  // `to` <= `from`.
  double ElapsedHours(int64_t from, int64_t to) const;
  LocalTime Local(int64_t unix_seconds) const;
  // ISO 8601 with the local offset, e.g. "2026-11-20T17:00:00-05:00".
  std::string FormatLocal(int64_t unix_seconds) const;
  // The first instant of the local calendar day `day_offset` days after
  // year-month-day (month 1-12; out-of-range days roll over).
  int64_t StartOfLocalDay(int year, int month, int day,
                          int day_offset = 0) const;

  Kind kind() const { return kind_; }
  const std::string& kind_name() const { return kind_name_; }
  const std::string& timezone() const { return timezone_; }

 private:
  struct Zone;  // ICU objects, behind a pointer to keep ICU out of headers

  BusinessClock() = default;
  // Counted milliseconds of [from_ms, to_ms) on the local day `day`
  // ([day_start_ms, day_end_ms)).
  double CountedOnDay(const LocalTime& day, double day_start_ms,
                      double day_end_ms, double from_ms, double to_ms) const;

  Kind kind_ = Kind::kCalendar;
  std::string kind_name_ = "calendar";
  std::string timezone_;
  std::shared_ptr<const Zone> zone_;
  // Counted [start, end) minutes after local midnight, by weekday (0 = Mon).
  std::vector<std::pair<int, int>> windows_[7];
  std::set<int> holidays_;  // yyyymmdd
};

// Parses an office-hours spec into per-weekday minute windows; fails with a
// message naming the bad piece.
Status ParseOfficeHours(const std::string& spec,
                        std::vector<std::pair<int, int>> (&windows)[7]);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAILBOX_BUSINESS_CLOCK_H_
