// Loose date parsing for attribution lines ("On Tue, Apr 11, 2017 at 10:07
// PM", "Le 19 mars 2014 10:37", "Am 25.06.2015 um 10:55", "2016年11月8日
// 下午2:23", "2014-03-20 8:48 GMT+01:00", "tir. 18. apr. 2017 kl. 13:09").
//
// Finds a calendar date (numeric Y-M-D / D.M.Y / M/D/Y, or a day with a
// month name in English, Spanish, French, German, Portuguese, Italian,
// Dutch, Polish, Danish, Norwegian, Swedish, Finnish, Russian, Vietnamese,
// or CJK Y年M月D日), an optional time with AM/PM (also 上午/下午, 오전/오후,
// 午前/午後) and an optional UTC offset. Without an offset the time is taken
// as UTC. Ambiguous numeric dates (04/05/2011) are month-first when
// `month_first` is true (English clients), else day-first.
// Thread-safe.
#ifndef MAILLINT_SRC_ANATOMY_DATE_PARSER_H_
#define MAILLINT_SRC_ANATOMY_DATE_PARSER_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace maillint::anatomy {

struct LooseDate {
  int64_t unix_seconds = 0;
  size_t begin = 0;  // byte span of the date/time text inside the input
  size_t end = 0;
  bool has_zone = false;  // false: a wall-clock time, read as UTC
};

std::optional<LooseDate> ParseLooseDate(std::string_view text,
                                        bool month_first);

// Days since 1970-01-01 for a proleptic Gregorian date.
int64_t DaysFromCivil(int year, int month, int day);

}  // namespace maillint::anatomy

#endif  // MAILLINT_SRC_ANATOMY_DATE_PARSER_H_
