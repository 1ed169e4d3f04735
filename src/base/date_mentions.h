// Dates mentioned in prose, resolved to calendar days.
//
// FindDateMentions() finds the calendar dates a person writes in running text
// and resolves each to a day, given the day the text was written on:
//
//   named month   "Monday, March 2", "Nov. 12, 2026", "the 12th of November"
//                 (en); "el lunes 2 de marzo de 2026" (es); "lundi 2 mars",
//                 "le 1er décembre" (fr); "segunda-feira, 2 de março" (pt);
//                 "Montag, 2. März 2026" (de); "4 декабря" (ru)
//   Vietnamese    "thứ Hai, ngày 2 tháng 3 năm 2026"
//   numeric       "3/2", "3/2/2026" (month first or day first, see DateOrder),
//                 "2026-03-02", "02.03.2026" (always day first)
//
// A weekday alone ("on Monday") is relative, not a date, and is not returned.
//
// YEAR RESOLUTION
//   A written year is kept. Without one, the year is the one (of the
//   reference year and its two neighbours) that makes the date nearest to the
//   reference day; when a weekday is written, only years in which the date
//   falls on that weekday are considered ("Thursday, November 12" written in
//   January 2027 is 2026's), and `weekday_matches` is false when none does.
//
// LIMITS
//   Only Gregorian dates from 1900 to 2199. Impossible dates (February 30,
//   13/13) are not mentions. Months and weekdays are recognized in English,
//   Spanish, French, Portuguese, German, Russian (genitive months) and
//   Vietnamese whatever `order` says; `order` only decides d/m versus m/d.
//
// Pure functions; thread-safe.
#ifndef MAILLINT_SRC_BASE_DATE_MENTIONS_H_
#define MAILLINT_SRC_BASE_DATE_MENTIONS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace maillint {

// Proleptic Gregorian calendar arithmetic on day numbers (days since
// 1970-01-01).
struct CivilDate {
  int year = 1970;
  int month = 1;  // 1-12
  int day = 1;    // 1-31
};
int64_t DaysFromCivil(int year, int month, int day);
CivilDate CivilFromDays(int64_t days);
// 0 = Sunday ... 6 = Saturday.
int WeekdayOfDays(int64_t days);
// True when year-month-day exists (February 29 only in leap years).
bool IsValidCivil(int year, int month, int day);
// The local calendar day of `unix_seconds` at UTC offset `offset_minutes`.
int64_t LocalDay(int64_t unix_seconds, int offset_minutes);

// How "3/2" reads: March 2 (US English) or 3 February (most other places).
enum class DateOrder { kMonthFirst, kDayFirst };
// kMonthFirst for English ("en", "en-US", ""), else kDayFirst.
DateOrder DateOrderForLanguage(std::string_view language_code);

struct DateMention {
  size_t begin = 0;  // byte span of the date as written, weekday included
  size_t end = 0;
  int64_t days = 0;  // the resolved day (DaysFromCivil)
  CivilDate date;
  bool year_written = false;
  int weekday = -1;  // the weekday written with it, 0-6; -1 when none
  bool weekday_matches = true;  // the written weekday is the date's own
};

// The dates in `text`, left to right, non-overlapping, resolved against
// `reference_day` (the day the text was written, LocalDay()).
std::vector<DateMention> FindDateMentions(std::string_view text,
                                          int64_t reference_day,
                                          DateOrder order);

// True when `text` names a date, a month or a day of the week (a weekday
// alone, "Mon.", "today", "tomorrow" and their Spanish, French, Portuguese,
// German, Russian and Vietnamese equivalents count): "does this say when?".
bool MentionsDay(std::string_view text);

}  // namespace maillint

#endif  // MAILLINT_SRC_BASE_DATE_MENTIONS_H_
