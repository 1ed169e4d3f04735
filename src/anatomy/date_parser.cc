#include "anatomy/date_parser.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "base/text.h"

namespace maillint::anatomy {
namespace {

struct MonthName {
  const char* prefix;  // lower-case; matched as a word prefix
  int month;
};

// Prefixes long enough to be unambiguous across the supported languages.
constexpr MonthName kMonths[] = {
    {"jan", 1},     {"ene", 1},     {"gen", 1},     {"janv", 1},
    {"stycz", 1},   {"tammi", 1},   {"январ", 1},   {"feb", 2},
    {"fév", 2},     {"fev", 2},     {"fév", 2},     {"lut", 2},
    {"helmi", 2},   {"феврал", 2},  {"mar", 3},     {"mär", 3},
    {"maa", 3},     {"marz", 3},    {"maalis", 3},  {"март", 3},
    {"apr", 4},     {"abr", 4},     {"avr", 4},     {"kwie", 4},
    {"huhti", 4},   {"апрел", 4},   {"may", 5},     {"mai", 5},
    {"mag", 5},     {"mei", 5},     {"maj", 5},     {"toukokuu", 5},
    {"мая", 5},     {"май", 5},     {"jun", 6},     {"juin", 6},
    {"giu", 6},     {"czerw", 6},   {"kesä", 6},    {"июн", 6},
    {"jul", 7},     {"juil", 7},    {"lug", 7},     {"lip", 7},
    {"heinä", 7},   {"июл", 7},     {"aug", 8},     {"ago", 8},
    {"août", 8},    {"aoû", 8},     {"sierp", 8},   {"elo", 8},
    {"август", 8},  {"sep", 9},     {"set", 9},     {"wrze", 9},
    {"syys", 9},    {"сентябр", 9}, {"oct", 10},    {"okt", 10},
    {"out", 10},    {"ott", 10},    {"paźdz", 10},  {"loka", 10},
    {"октябр", 10}, {"nov", 11},    {"listop", 11}, {"marras", 11},
    {"ноябр", 11},  {"dec", 12},    {"dic", 12},    {"déc", 12},
    {"dez", 12},    {"des", 12},    {"grud", 12},   {"joulu", 12},
    {"декабр", 12},
};

int MonthFromWord(std::string_view word) {
  std::string lower = AsciiLower(word);
  int best = 0;
  size_t best_len = 0;
  for (const MonthName& m : kMonths) {
    std::string_view p = m.prefix;
    if (lower.size() >= p.size() && lower.compare(0, p.size(), p) == 0 &&
        p.size() > best_len) {
      best = m.month;
      best_len = p.size();
    }
  }
  // "mar" also starts "martes"/"mardi" (Tuesday); a weekday is no month.
  if (StartsWith(lower, "mard") || StartsWith(lower, "marte")) return 0;
  return best;
}

struct Ymd {
  int year = 0, month = 0, day = 0;
  size_t begin = 0, end = 0;
};

int FullYear(int y) { return y < 100 ? (y < 70 ? 2000 + y : 1900 + y) : y; }

bool Valid(const Ymd& d) {
  return d.year >= 1970 && d.year <= 2100 && d.month >= 1 && d.month <= 12 &&
         d.day >= 1 && d.day <= 31;
}

// Numeric and CJK forms.
std::optional<Ymd> FindNumericDate(std::string_view text, bool month_first) {
  static const RE2 ymd(
      R"re(((\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})))re");
  static const RE2 dmy(
      R"re((?:^|[^\d])((\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4}))(?:[^\d]|$))re");
  std::string_view input = text;
  Ymd d;
  re2::StringPiece whole;
  if (RE2::PartialMatch(input, ymd, &whole, &d.year, &d.month, &d.day)) {
    d.begin = whole.data() - text.data();
    d.end = d.begin + whole.size();
    return Valid(d) ? std::optional<Ymd>(d) : std::nullopt;
  }
  int a = 0, b = 0, y = 0;
  if (!RE2::PartialMatch(input, dmy, &whole, &a, &b, &y)) return std::nullopt;
  d.year = FullYear(y);
  bool swap = a > 12 || (b <= 12 && !month_first);
  d.month = swap ? b : a;
  d.day = swap ? a : b;
  if (d.month > 12) std::swap(d.month, d.day);
  d.begin = whole.data() - text.data();
  d.end = d.begin + whole.size();
  return Valid(d) ? std::optional<Ymd>(d) : std::nullopt;
}

// "19 mars 2014", "Apr 11, 2017", "11-Apr-2011", "28 stycznia 2015".
std::optional<Ymd> FindNamedDate(std::string_view text) {
  static const RE2 word(R"re(([\p{L}]+\.?))re");
  static const RE2 day_before(R"re((\d{1,2})\.?(?:\s+de|\s*-)?\s*$)re");
  static const RE2 day_after(R"re((^[\s.-]*(\d{1,2})(?:st|nd|rd|th)?\b))re");
  static const RE2 year_after(R"re((^[^\d]{0,12}?(\d{4})))re");
  re2::StringPiece rest(text.data(), text.size());
  re2::StringPiece token;
  while (RE2::FindAndConsume(&rest, word, &token)) {
    int month = MonthFromWord(std::string_view(token.data(), token.size()));
    if (month == 0) continue;
    size_t tb = token.data() - text.data();
    size_t te = tb + token.size();
    Ymd d;
    d.month = month;
    std::string_view before = text.substr(0, tb);
    std::string_view after = text.substr(te);
    // "17 Nov 2026" (day before) or "Nov 17, 2026" (day after, and the
    // year after the day).
    re2::StringPiece after_sp(after.data(), after.size());
    re2::StringPiece day_sp;
    if (!RE2::PartialMatch(before, day_before, &d.day)) {
      if (!RE2::PartialMatch(after_sp, day_after, &day_sp, &d.day)) continue;
      after_sp.remove_prefix(day_sp.size());
    }
    re2::StringPiece year_sp;
    if (!RE2::PartialMatch(after_sp, year_after, &year_sp, &d.year)) {
      continue;
    }
    size_t day_pos = before.find_last_of("0123456789");
    d.begin = day_pos != std::string_view::npos && tb - day_pos <= 6
                  ? before.find_last_not_of("0123456789", day_pos) + 1
                  : tb;
    d.end = te + day_sp.size() + year_sp.size();
    if (Valid(d)) return d;
  }
  return std::nullopt;
}

struct Time {
  int hour = 0, minute = 0, second = 0;
  int offset_minutes = 0;
  bool has_zone = false;
  size_t end = 0;
};

Time FindTime(std::string_view text, size_t from) {
  static const RE2 hm(
      R"re(((上午|下午|오전|오후|午前|午後)?\s*(\d{1,2})[:h](\d{2})(?::(\d{2}))?)re"
      R"re((?:\s*([AaPp])\.?\s?[Mm]\.?)?))re");
  static const RE2 zone(
      R"re((^\s*(?:\(?(?:GMT|UTC)\s*)?([+-])(\d{1,2}):?(\d{2})?))re");
  Time t;
  std::string_view rest = text.substr(from);
  re2::StringPiece whole, marker, ampm, sec;
  if (!RE2::PartialMatch(rest, hm, &whole, &marker, &t.hour, &t.minute, &sec,
                         &ampm)) {
    return t;
  }
  if (!sec.empty()) t.second = std::stoi(std::string(sec.data(), sec.size()));
  bool pm = (!ampm.empty() && (ampm[0] == 'p' || ampm[0] == 'P')) ||
            marker == "下午" || marker == "오후" || marker == "午後";
  bool am = (!ampm.empty() && (ampm[0] == 'a' || ampm[0] == 'A')) ||
            marker == "上午" || marker == "오전" || marker == "午前";
  if (pm && t.hour < 12) t.hour += 12;
  if (am && t.hour == 12) t.hour = 0;
  t.end = from + (whole.data() - rest.data()) + whole.size();
  std::string_view tail = text.substr(t.end);
  re2::StringPiece zone_whole, sign, minutes;
  int zh = 0;
  if (RE2::PartialMatch(tail, zone, &zone_whole, &sign, &zh, &minutes)) {
    int zm = minutes.empty() ? 0 : std::stoi(std::string(minutes));
    t.offset_minutes = (sign == "-" ? -1 : 1) * (zh * 60 + zm);
    t.has_zone = true;
    t.end += zone_whole.size();
  }
  if (t.hour > 23 || t.minute > 59) t = Time();
  return t;
}

}  // namespace

int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::optional<LooseDate> ParseLooseDate(std::string_view text,
                                        bool month_first) {
  std::optional<Ymd> date = FindNumericDate(text, month_first);
  std::optional<Ymd> named = FindNamedDate(text);
  if (!date || (named && named->begin < date->begin)) date = named;
  if (!date) return std::nullopt;
  Time time = FindTime(text, date->end);
  LooseDate out;
  out.unix_seconds = DaysFromCivil(date->year, date->month, date->day) * 86400 +
                     time.hour * 3600 + time.minute * 60 + time.second -
                     int64_t{time.offset_minutes} * 60;
  out.begin = date->begin;
  out.end = std::max(date->end, time.end);
  out.has_zone = time.has_zone;
  return out;
}

}  // namespace maillint::anatomy
