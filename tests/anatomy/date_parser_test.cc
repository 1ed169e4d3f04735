// ParseLooseDate on attribution lines as the common clients write them.
#include "anatomy/date_parser.h"

#include <doctest/doctest.h>

#include <string>

namespace maillint::anatomy {
namespace {

// Seconds since the epoch for a UTC wall-clock time.
int64_t Utc(int y, int mo, int d, int h, int mi) {
  return DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60;
}

// The parsed time, or -1 when nothing parses.
int64_t Parse(const std::string& text, bool month_first = true) {
  std::optional<LooseDate> date = ParseLooseDate(text, month_first);
  return date ? date->unix_seconds : -1;
}

TEST_CASE("Gmail and Apple Mail attribution dates (English)") {
  CHECK(Parse("On Tue, Nov 17, 2026 at 8:30 AM Ben Okafor <b@y.com> wrote:") ==
        Utc(2026, 11, 17, 8, 30));
  CHECK(Parse("On Nov 17, 2026, at 8:30 PM, Ben <b@y.com> wrote:") ==
        Utc(2026, 11, 17, 20, 30));
  CHECK(Parse("On 17 Nov 2026 12:05, Ben wrote:") == Utc(2026, 11, 17, 12, 5));
}

TEST_CASE("numeric dates, offsets and the span of the date text") {
  CHECK(Parse("2014-03-20 8:48 GMT+01:00 Ana <a@b.es>:") ==
        Utc(2014, 3, 20, 7, 48));
  CHECK(Parse("On 04/05/2011 10:00 -0500, Ana wrote:") ==
        Utc(2011, 4, 5, 15, 0));
  CHECK(Parse("Am 25.06.2015 um 10:55 schrieb Jan:", false) ==
        Utc(2015, 6, 25, 10, 55));
  CHECK(Parse("El 04/05/2011 a las 10:00, Ana escribió:", false) ==
        Utc(2011, 5, 4, 10, 0));
  std::string line = "On Tue, Nov 17, 2026 at 8:30 AM Ben wrote:";
  std::optional<LooseDate> date = ParseLooseDate(line, true);
  REQUIRE(date);
  CHECK(line.substr(date->begin, date->end - date->begin) ==
        "Nov 17, 2026 at 8:30 AM");
}

TEST_CASE("other languages and scripts") {
  CHECK(Parse("Le 19 mars 2014 10:37, Paul a écrit :", false) ==
        Utc(2014, 3, 19, 10, 37));
  CHECK(Parse("El mar, 17 nov 2026 a las 20:03, Rosa escribió:", false) ==
        Utc(2026, 11, 17, 20, 3));
  CHECK(Parse("2016年11月8日 下午2:23，李明 <l@m.cn> 写道：", false) ==
        Utc(2016, 11, 8, 14, 23));
}

TEST_CASE("no date, or an impossible one") {
  CHECK(Parse("Ben Okafor <b@y.com> wrote:") == -1);
  CHECK(Parse("On 2026-13-40 Ben wrote:") == -1);
}

}  // namespace
}  // namespace maillint::anatomy
