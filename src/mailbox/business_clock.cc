#include "mailbox/business_clock.h"

#include <unicode/gregocal.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <cstdio>

#include "base/text.h"
#include "mailbox/mail_date.h"

namespace maillint {

struct BusinessClock::Zone {
  std::unique_ptr<icu::TimeZone> tz;
};

namespace {

// Intervals longer than this are clamped (bogus dates must not loop long).
constexpr double kMaxSpanMs = 100.0 * 366 * 86400 * 1000;

const char* const kDayNames[] = {"mon", "tue", "wed", "thu",
                                 "fri", "sat", "sun"};

int DayIndex(std::string_view name) {
  std::string lower = AsciiLower(Trim(name));
  for (int i = 0; i < 7; ++i) {
    if (lower.size() >= 3 && lower.compare(0, 3, kDayNames[i]) == 0) return i;
  }
  return -1;
}

// "08:00" -> 480; -1 when malformed. "24:00" is allowed as an end.
int MinuteOfDay(std::string_view text) {
  int h = 0, m = 0;
  char extra = 0;
  std::string s(Trim(text));
  if (std::sscanf(s.c_str(), "%d:%d%c", &h, &m, &extra) != 2) return -1;
  if (h < 0 || m < 0 || m > 59 || h * 60 + m > 24 * 60) return -1;
  return h * 60 + m;
}

// "Mon-Fri" or "Mon,Wed" -> the days; false when malformed.
bool ParseDays(std::string_view text, bool (&days)[7]) {
  for (std::string_view piece : Split(text, ',')) {
    size_t dash = piece.find('-');
    int first = DayIndex(piece.substr(0, dash));
    int last = dash == std::string_view::npos
                   ? first
                   : DayIndex(piece.substr(dash + 1));
    if (first < 0 || last < 0) return false;
    for (int d = first;; d = (d + 1) % 7) {
      days[d] = true;
      if (d == last) break;
    }
  }
  return true;
}

Status ParseGroup(std::string_view group,
                  std::vector<std::pair<int, int>> (&windows)[7]) {
  group = Trim(group);
  size_t space = group.find(' ');
  bool days[7] = {};
  if (space == std::string_view::npos ||
      !ParseDays(group.substr(0, space), days)) {
    return Status::InvalidArgument("expected \"DAYS HH:MM-HH:MM\", got '" +
                                   std::string(group) + "'");
  }
  for (std::string_view range : Split(Trim(group.substr(space + 1)), ' ')) {
    if (Trim(range).empty()) continue;
    size_t dash = range.find('-');
    int start = MinuteOfDay(range.substr(0, dash));
    int end = dash == std::string_view::npos
                  ? -1
                  : MinuteOfDay(range.substr(dash + 1));
    if (start < 0 || end <= start) {
      return Status::InvalidArgument("bad time range '" + std::string(range) +
                                     "' (expected HH:MM-HH:MM)");
    }
    for (int d = 0; d < 7; ++d) {
      if (days[d]) windows[d].emplace_back(start, end);
    }
  }
  return Status::Ok();
}

int WeekdayFromIcu(int ucal_day) { return (ucal_day + 5) % 7; }  // Sun=1

std::unique_ptr<icu::GregorianCalendar> NewCalendar(const icu::TimeZone& tz) {
  UErrorCode status = U_ZERO_ERROR;
  auto cal = std::make_unique<icu::GregorianCalendar>(tz.clone(), status);
  if (U_FAILURE(status)) return nullptr;
  return cal;
}

LocalTime FieldsOf(icu::Calendar& cal) {
  UErrorCode s = U_ZERO_ERROR;
  LocalTime t;
  t.year = cal.get(UCAL_YEAR, s);
  if (cal.get(UCAL_ERA, s) == 0) t.year = 1 - t.year;
  t.month = cal.get(UCAL_MONTH, s) + 1;
  t.day = cal.get(UCAL_DATE, s);
  t.weekday = WeekdayFromIcu(cal.get(UCAL_DAY_OF_WEEK, s));
  t.hour = cal.get(UCAL_HOUR_OF_DAY, s);
  t.minute = cal.get(UCAL_MINUTE, s);
  t.offset_minutes =
      (cal.get(UCAL_ZONE_OFFSET, s) + cal.get(UCAL_DST_OFFSET, s)) / 60000;
  return t;
}

}  // namespace

Status ParseOfficeHours(const std::string& spec,
                        std::vector<std::pair<int, int>> (&windows)[7]) {
  for (std::string_view group : Split(spec, ';')) {
    if (Trim(group).empty()) continue;
    Status s = ParseGroup(group, windows);
    if (!s.ok()) return s;
  }
  for (const auto& day : windows) {
    if (!day.empty()) return Status::Ok();
  }
  return Status::InvalidArgument("no office hours in '" + spec + "'");
}

Result<BusinessClock> BusinessClock::Create(const TurnaroundConfig& config,
                                            const std::string& timezone) {
  BusinessClock clock;
  auto zone = std::make_shared<Zone>();
  zone->tz.reset(
      icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(timezone)));
  icu::UnicodeString id;
  zone->tz->getID(id);
  if (id == icu::UnicodeString(UCAL_UNKNOWN_ZONE_ID, -1, US_INV) ||
      timezone.empty()) {
    return Status::InvalidConfig("organization.timezone", 0, 0,
                                 "unknown time zone '" + timezone +
                                     "' (expected an IANA name such as "
                                     "America/New_York)");
  }
  clock.zone_ = zone;
  clock.timezone_ = timezone;
  clock.kind_name_ = config.clock;
  if (config.clock == "calendar") {
    clock.kind_ = Kind::kCalendar;
  } else if (config.clock == "weekdays") {
    clock.kind_ = Kind::kWeekdays;
    for (int d = 0; d < 5; ++d) clock.windows_[d].emplace_back(0, 24 * 60);
  } else if (config.clock == "office-hours") {
    clock.kind_ = Kind::kOfficeHours;
    Status s = ParseOfficeHours(config.office_hours, clock.windows_);
    if (!s.ok()) {
      return Status::InvalidConfig("turnaround.office_hours", 0, 0,
                                   s.message());
    }
  } else {
    std::string hint =
        ClosestMatch(config.clock, {"calendar", "weekdays", "office-hours"});
    return Status::InvalidConfig(
        "turnaround.clock", 0, 0,
        "unknown clock '" + config.clock +
            "' (calendar, weekdays or office-hours)" +
            (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
  }
  if (!(config.hours > 0)) {
    return Status::InvalidConfig("turnaround.hours", 0, 0, "must be positive");
  }
  for (const std::string& h : config.holidays) {
    std::optional<MessageDate> d = ParseIso8601(h + "T00:00Z");
    if (!d || h.size() != 10) {
      return Status::InvalidConfig("turnaround.holidays", 0, 0,
                                   "expected YYYY-MM-DD, got '" + h + "'");
    }
    clock.holidays_.insert(std::stoi(h.substr(0, 4)) * 10000 +
                           std::stoi(h.substr(5, 2)) * 100 +
                           std::stoi(h.substr(8, 2)));
  }
  return clock;
}

double BusinessClock::CountedOnDay(const LocalTime& day, double day_start_ms,
                                   double day_end_ms, double from_ms,
                                   double to_ms) const {
  if (holidays_.count(day.year * 10000 + day.month * 100 + day.day)) return 0;
  double counted = 0;
  auto cal = NewCalendar(*zone_->tz);
  for (const auto& [start, end] : windows_[day.weekday]) {
    double window_start = day_start_ms, window_end = day_end_ms;
    if (kind_ == Kind::kOfficeHours && cal) {
      UErrorCode s = U_ZERO_ERROR;
      cal->clear();
      cal->set(day.year, day.month - 1, day.day, start / 60, start % 60, 0);
      window_start = cal->getTime(s);
      cal->clear();
      cal->set(day.year, day.month - 1, day.day, end / 60, end % 60, 0);
      window_end = end == 24 * 60 ? day_end_ms : cal->getTime(s);
    }
    double lo = std::max(window_start, from_ms);
    double hi = std::min(window_end, to_ms);
    if (hi > lo) counted += hi - lo;
  }
  return counted;
}

double BusinessClock::ElapsedHours(int64_t from, int64_t to) const {
  if (to <= from) return 0;
  double from_ms = static_cast<double>(from) * 1000;
  double to_ms = std::min(static_cast<double>(to) * 1000, from_ms + kMaxSpanMs);
  if (kind_ == Kind::kCalendar) return (to_ms - from_ms) / 3600000.0;
  auto cal = NewCalendar(*zone_->tz);
  if (!cal) return (to_ms - from_ms) / 3600000.0;
  UErrorCode s = U_ZERO_ERROR;
  cal->setTime(from_ms, s);
  cal->set(UCAL_HOUR_OF_DAY, 0);
  cal->set(UCAL_MINUTE, 0);
  cal->set(UCAL_SECOND, 0);
  cal->set(UCAL_MILLISECOND, 0);
  double day_start = cal->getTime(s);
  double counted = 0;
  while (day_start < to_ms && U_SUCCESS(s)) {
    LocalTime day = FieldsOf(*cal);
    cal->add(UCAL_DATE, 1, s);
    double day_end = cal->getTime(s);
    counted += CountedOnDay(day, day_start, day_end, from_ms, to_ms);
    day_start = day_end;
  }
  return counted / 3600000.0;
}

LocalTime BusinessClock::Local(int64_t unix_seconds) const {
  auto cal = NewCalendar(*zone_->tz);
  if (!cal) return LocalTime();
  UErrorCode s = U_ZERO_ERROR;
  cal->setTime(static_cast<double>(unix_seconds) * 1000, s);
  return FieldsOf(*cal);
}

std::string BusinessClock::FormatLocal(int64_t unix_seconds) const {
  return FormatIso8601(unix_seconds, Local(unix_seconds).offset_minutes);
}

}  // namespace maillint
