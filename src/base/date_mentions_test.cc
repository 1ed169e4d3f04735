#include "base/date_mentions.h"

#include <doctest/doctest.h>

#include <string>

namespace maillint {
namespace {

// 2026-03-09, a Monday, as the reference day.
const int64_t kMarch9 = DaysFromCivil(2026, 3, 9);

std::string Iso(const DateMention& m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", m.date.year, m.date.month,
                m.date.day);
  return buf;
}

std::vector<std::string> Found(std::string_view text,
                               DateOrder order = DateOrder::kMonthFirst,
                               int64_t ref = kMarch9) {
  std::vector<std::string> out;
  for (const DateMention& m : FindDateMentions(text, ref, order)) {
    out.push_back(std::string(text.substr(m.begin, m.end - m.begin)) + "=" +
                  Iso(m));
  }
  return out;
}

TEST_CASE("civil day arithmetic round-trips and knows weekdays") {
  CHECK(DaysFromCivil(1970, 1, 1) == 0);
  CivilDate d = CivilFromDays(DaysFromCivil(2024, 2, 29));
  CHECK(d.year == 2024);
  CHECK(d.month == 2);
  CHECK(d.day == 29);
  CHECK(WeekdayOfDays(DaysFromCivil(2026, 3, 2)) == 1);  // Monday
  CHECK(WeekdayOfDays(DaysFromCivil(1969, 12, 31)) == 3);
  CHECK(IsValidCivil(2024, 2, 29));
  CHECK_FALSE(IsValidCivil(2026, 2, 29));
  CHECK_FALSE(IsValidCivil(2026, 4, 31));
  // 2026-11-17 00:30 UTC is still Nov 16 in Chicago (-06:00).
  int64_t t = (DaysFromCivil(2026, 11, 17) * 86400) + 30 * 60;
  CHECK(LocalDay(t, -360) == DaysFromCivil(2026, 11, 16));
  CHECK(LocalDay(t, 0) == DaysFromCivil(2026, 11, 17));
}

TEST_CASE("English month-name dates, with and without weekday and year") {
  CHECK(Found("the open house on Monday, March 2 in the gym") ==
        std::vector<std::string>{"Monday, March 2=2026-03-02"});
  CHECK(Found("due Nov. 12, 2025.") ==
        std::vector<std::string>{"Nov. 12, 2025=2025-11-12"});
  CHECK(Found("on the 2nd of March") ==
        std::vector<std::string>{"2nd of March=2026-03-02"});
  CHECK(Found("Sat., March 7 and Sun. 8") ==
        std::vector<std::string>{"Sat., March 7=2026-03-07"});
  // "March 2026" is a month, not a day; "may" is a verb.
  CHECK(Found("in March 2026 we may 2 things").empty());
  CHECK(Found("I sat March 2 out")[0] == "March 2=2026-03-02");
}

TEST_CASE("the nearest year, or the one whose weekday matches") {
  // Written on 2027-01-05: "December 28" is last week, not next December.
  int64_t jan5 = DaysFromCivil(2027, 1, 5);
  CHECK(Found("December 28", DateOrder::kMonthFirst, jan5) ==
        std::vector<std::string>{"December 28=2026-12-28"});
  // Written 2026-12-20: "January 4" is next month.
  int64_t dec20 = DaysFromCivil(2026, 12, 20);
  CHECK(Found("January 4", DateOrder::kMonthFirst, dec20) ==
        std::vector<std::string>{"January 4=2027-01-04"});
  // Thursday, November 12 is 2026's (a Thursday), also from July 2027.
  int64_t jul = DaysFromCivil(2027, 7, 1);
  std::vector<DateMention> m =
      FindDateMentions("Thursday, November 12", jul, DateOrder::kMonthFirst);
  REQUIRE(m.size() == 1);
  CHECK(m[0].date.year == 2026);
  CHECK(m[0].weekday == 4);
  CHECK(m[0].weekday_matches);
  m = FindDateMentions("Friday, March 2", kMarch9, DateOrder::kMonthFirst);
  REQUIRE(m.size() == 1);
  CHECK_FALSE(m[0].weekday_matches);
  m = FindDateMentions("Friday, March 2, 2026", kMarch9,
                       DateOrder::kMonthFirst);
  REQUIRE(m.size() == 1);
  CHECK(m[0].year_written);
  CHECK_FALSE(m[0].weekday_matches);
}

TEST_CASE("Spanish, French, Portuguese, German, Russian and Vietnamese") {
  CHECK(Found("el lunes 2 de marzo de 2026", DateOrder::kDayFirst) ==
        std::vector<std::string>{"lunes 2 de marzo de 2026=2026-03-02"});
  CHECK(Found("le lundi 2 mars à 18 h", DateOrder::kDayFirst) ==
        std::vector<std::string>{"lundi 2 mars=2026-03-02"});
  CHECK(Found("le 1er décembre", DateOrder::kDayFirst) ==
        std::vector<std::string>{"1er décembre=2025-12-01"});
  CHECK(Found("na segunda-feira, 2 de março", DateOrder::kDayFirst) ==
        std::vector<std::string>{"segunda-feira, 2 de março=2026-03-02"});
  CHECK(Found("am Montag, 2. März 2026", DateOrder::kDayFirst) ==
        std::vector<std::string>{"Montag, 2. März 2026=2026-03-02"});
  CHECK(Found("до пятницы, 4 декабря", DateOrder::kDayFirst) ==
        std::vector<std::string>{"пятницы, 4 декабря=2026-12-04"});
  CHECK(
      Found("vào Thứ Hai, ngày 2 tháng 3 năm 2026", DateOrder::kDayFirst) ==
      std::vector<std::string>{"Thứ Hai, ngày 2 tháng 3 năm 2026=2026-03-02"});
  // "12 martes" is no "12 mar".
  CHECK(Found("12 martes", DateOrder::kDayFirst).empty());
}

TEST_CASE("numeric dates follow the language's order") {
  CHECK(Found("next meeting is 3/2.") ==
        std::vector<std::string>{"3/2=2026-03-02"});
  CHECK(Found("la reunión es el 3/2", DateOrder::kDayFirst) ==
        std::vector<std::string>{"3/2=2026-02-03"});
  CHECK(Found("on 2026-03-02 and 02.03.2026", DateOrder::kMonthFirst) ==
        std::vector<std::string>{"2026-03-02=2026-03-02",
                                 "02.03.2026=2026-03-02"});
  CHECK(Found("DOB 04/12/15") ==
        std::vector<std::string>{"04/12/15=2015-04-12"});
  // Not dates: fractions of a bigger number, 24/7, versions, 13/13.
  CHECK(Found("open 24/7, version 1.2.3, score 13/13, path a/3/4").empty());
  CHECK(DateOrderForLanguage("en-US") == DateOrder::kMonthFirst);
  CHECK(DateOrderForLanguage("es") == DateOrder::kDayFirst);
}

TEST_CASE("MentionsDay says whether a text says when") {
  CHECK(MentionsDay("I will call you on Thursday."));
  CHECK(MentionsDay("Le llamo mañana."));
  CHECK(MentionsDay("Je vous réponds demain."));
  CHECK(MentionsDay("до пятницы"));
  CHECK(MentionsDay("by 11/30"));
  CHECK_FALSE(MentionsDay("I will get back to you soon."));
  CHECK_FALSE(MentionsDay("You may call us."));
}

}  // namespace
}  // namespace maillint
