#include "base/date_mentions.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <string>

#include "base/fold.h"
#include "base/text.h"

namespace maillint {
namespace {

struct Word {
  const char* text;  // lower-case as written in the language
  int value;         // month 1-12 or weekday 0-6 (0 = Sunday)
};

// Month names (full, and abbreviations that cannot be read as other words).
constexpr Word kMonths[] = {
    // en
    {"january", 1},
    {"february", 2},
    {"march", 3},
    {"april", 4},
    {"may", 5},
    {"june", 6},
    {"july", 7},
    {"august", 8},
    {"september", 9},
    {"october", 10},
    {"november", 11},
    {"december", 12},
    {"jan", 1},
    {"feb", 2},
    {"mar", 3},
    {"apr", 4},
    {"jun", 6},
    {"jul", 7},
    {"aug", 8},
    {"sept", 9},
    {"sep", 9},
    {"oct", 10},
    {"nov", 11},
    {"dec", 12},
    // es
    {"enero", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"septiembre", 9},
    {"setiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    // fr
    {"janvier", 1},
    {"février", 2},
    {"fevrier", 2},
    {"mars", 3},
    {"avril", 4},
    {"mai", 5},
    {"juin", 6},
    {"juillet", 7},
    {"août", 8},
    {"aout", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"décembre", 12},
    {"decembre", 12},
    // pt
    {"janeiro", 1},
    {"fevereiro", 2},
    {"março", 3},
    {"marco", 3},
    {"maio", 5},
    {"junho", 6},
    {"julho", 7},
    {"setembro", 9},
    {"outubro", 10},
    {"novembro", 11},
    {"dezembro", 12},
    // de
    {"januar", 1},
    {"jänner", 1},
    {"februar", 2},
    {"märz", 3},
    {"juni", 6},
    {"juli", 7},
    {"oktober", 10},
    {"dezember", 12},
    // ru (genitive, as written after a day number)
    {"января", 1},
    {"февраля", 2},
    {"марта", 3},
    {"апреля", 4},
    {"мая", 5},
    {"июня", 6},
    {"июля", 7},
    {"августа", 8},
    {"сентября", 9},
    {"октября", 10},
    {"ноября", 11},
    {"декабря", 12},
};

constexpr Word kWeekdays[] = {
    // en
    {"sunday", 0},
    {"monday", 1},
    {"tuesday", 2},
    {"wednesday", 3},
    {"thursday", 4},
    {"friday", 5},
    {"saturday", 6},
    // es
    {"domingo", 0},
    {"lunes", 1},
    {"martes", 2},
    {"miércoles", 3},
    {"miercoles", 3},
    {"jueves", 4},
    {"viernes", 5},
    {"sábado", 6},
    {"sabado", 6},
    // fr
    {"dimanche", 0},
    {"lundi", 1},
    {"mardi", 2},
    {"mercredi", 3},
    {"jeudi", 4},
    {"vendredi", 5},
    {"samedi", 6},
    // pt
    {"segunda-feira", 1},
    {"terça-feira", 2},
    {"terca-feira", 2},
    {"quarta-feira", 3},
    {"quinta-feira", 4},
    {"sexta-feira", 5},
    // de
    {"sonntag", 0},
    {"montag", 1},
    {"dienstag", 2},
    {"mittwoch", 3},
    {"donnerstag", 4},
    {"freitag", 5},
    {"samstag", 6},
    {"sonnabend", 6},
    // vi
    {"chủ nhật", 0},
    {"thứ hai", 1},
    {"thứ ba", 2},
    {"thứ tư", 3},
    {"thứ năm", 4},
    {"thứ sáu", 5},
    {"thứ bảy", 6},
    {"thứ 2", 1},
    {"thứ 3", 2},
    {"thứ 4", 3},
    {"thứ 5", 4},
    {"thứ 6", 5},
    {"thứ 7", 6},
    // ru
    {"воскресенье", 0},
    {"понедельник", 1},
    {"вторник", 2},
    {"среда", 3},
    {"среду", 3},
    {"четверг", 4},
    {"пятница", 5},
    {"пятницу", 5},
    {"пятницы", 5},
    {"суббота", 6},
    {"субботу", 6},
};

// English weekday abbreviations: only with a '.' or ',' after them ("Sat."),
// since "sat", "wed" and "sun" are words.
constexpr Word kWeekdayAbbreviations[] = {
    {"sun", 0},   {"mon", 1},  {"tues", 2}, {"tue", 2}, {"wed", 3},
    {"thurs", 4}, {"thur", 4}, {"thu", 4},  {"fri", 5}, {"sat", 6},
};

// Words that name a day relative to today.
constexpr const char* kRelativeDays[] = {
    "today",       "tonight", "tomorrow", "hoy",     "mañana",
    "aujourd'hui", "demain",  "hoje",     "amanhã",  "heute",
    "morgen",      "hôm nay", "ngày mai", "сегодня", "завтра"};

// Alternation of `words`, longest first (RE2 takes the first alternative
// that matches).
template <size_t N>
std::string Alternation(const Word (&words)[N]) {
  std::vector<std::string> list;
  for (const Word& w : words) list.push_back(RE2::QuoteMeta(w.text));
  std::stable_sort(list.begin(), list.end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
  std::string out;
  for (const std::string& s : list) out += (out.empty() ? "" : "|") + s;
  return out;
}

// A word table folded for lookup (case and accents), built once.
struct FoldedTable {
  std::vector<std::string> keys;
  std::vector<int> values;
};

template <size_t N>
FoldedTable Fold(const Word (&words)[N]) {
  FoldedTable t;
  for (const Word& w : words) {
    t.keys.push_back(FoldForMatching(w.text));
    t.values.push_back(w.value);
  }
  return t;
}

const FoldedTable& MonthTable() {
  static const FoldedTable* t = new FoldedTable(Fold(kMonths));
  return *t;
}
const FoldedTable& WeekdayTable() {
  static const FoldedTable* t = new FoldedTable(Fold(kWeekdays));
  return *t;
}
const FoldedTable& AbbreviationTable() {
  static const FoldedTable* t = new FoldedTable(Fold(kWeekdayAbbreviations));
  return *t;
}

// The value of `text` in `table`; -1 when absent.
int Lookup(const FoldedTable& table, re2::StringPiece text) {
  std::string key = FoldForMatching({text.data(), text.size()});
  for (size_t i = 0; i < table.keys.size(); ++i) {
    if (table.keys[i] == key) return table.values[i];
  }
  return -1;
}

// "(?:(full)\.?,?|(abbr)[.,]+)\s+" : a weekday written before a date.
std::string WeekdayPrefix() {
  return "(?:(" + Alternation(kWeekdays) + ")\\.?,?|(" +
         Alternation(kWeekdayAbbreviations) + ")[.,]+)\\s+";
}

// One recognizer: a pattern and how its groups map to date parts.
struct Shape {
  std::string pattern;
  int weekday = 0, weekday_abbr = 0;  // group numbers; 0 = none
  int month_word = 0, month = 0, day = 0, year = 0;
  int first = 0, second = 0;  // numeric "a/b": ordered by DateOrder
};

const std::vector<std::pair<Shape, std::unique_ptr<RE2>>>& Shapes() {
  static const auto* shapes = [] {
    std::string wd = WeekdayPrefix();
    std::string mo = "(" + Alternation(kMonths) + ")";
    std::vector<Shape> list;
    // Monday, March 2, 2026 / Nov. 12 / March 2nd
    list.push_back({"(?i)(?:" + wd + ")?" + mo +
                        R"(\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?)",
                    1, 2, 3, 0, 4, 5});
    // lunes 2 de marzo de 2026 / lundi 2 mars / Montag, 2. März / the 2nd of
    // March / 4 декабря
    list.push_back(
        {"(?i)(?:" + wd +
             R"((?:(?:the|el|le|den|am|dia|o)\s+)?)?(\d{1,2}))"
             R"((?:st|nd|rd|th|er|ème|º|°|ª|\.)?\s*(?:(?:de|of)\s+)?)" +
             mo + R"(\.?(?:,?\s+(?:de\s+)?(\d{4}))?)",
         1, 2, 4, 0, 3, 5});
    // thứ Hai, ngày 2 tháng 3 năm 2026
    list.push_back({"(?i)(?:" + wd +
                        R"()?(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2}))"
                        R"((?:\s*(?:,|năm)\s*(\d{4}))?)",
                    1, 2, 0, 4, 3, 5});
    // 2026-03-02
    list.push_back({R"((\d{4})-(\d{1,2})-(\d{1,2}))", 0, 0, 0, 2, 3, 1});
    // 02.03.2026
    list.push_back({R"((\d{1,2})\.(\d{1,2})\.(\d{4}))", 0, 0, 0, 2, 1, 3});
    // Monday 3/2, 3/2/2026, 3/2/26
    Shape slash{"(?i)(?:" + wd + R"()?(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?)",
                1,
                2,
                0,
                0,
                0,
                5};
    slash.first = 3;
    slash.second = 4;
    list.push_back(slash);
    auto* out = new std::vector<std::pair<Shape, std::unique_ptr<RE2>>>;
    for (Shape& s : list) {
      auto re = std::make_unique<RE2>(s.pattern);
      out->emplace_back(std::move(s), std::move(re));
    }
    return out;
  }();
  return *shapes;
}

bool IsLetterOrDigitBefore(std::string_view text, size_t pos) {
  if (pos == 0) return false;
  unsigned char c = static_cast<unsigned char>(text[pos - 1]);
  return std::isalnum(c) || c >= 0x80 || c == '/' || c == '_' ||
         (c == '.' && pos >= 2 &&
          std::isdigit(static_cast<unsigned char>(text[pos - 2])));
}

bool IsLetterOrDigitAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  unsigned char c = static_cast<unsigned char>(text[pos]);
  return std::isalnum(c) || c >= 0x80 || c == '/' || c == '_' ||
         (c == '.' && pos + 1 < text.size() &&
          std::isdigit(static_cast<unsigned char>(text[pos + 1])));
}

int ToInt(re2::StringPiece s) {
  return s.empty() ? 0 : std::atoi(std::string(s.data(), s.size()).c_str());
}

// The year that puts month/day nearest `reference_day` (see YEAR
// RESOLUTION); 0 when the date exists in none of the candidate years.
int ResolveYear(int month, int day, int weekday, int64_t reference_day,
                bool* weekday_matches) {
  int ref_year = CivilFromDays(reference_day).year;
  int best = 0, best_any = 0;
  int64_t best_gap = 0, best_any_gap = 0;
  for (int y = ref_year - 1; y <= ref_year + 1; ++y) {
    if (!IsValidCivil(y, month, day)) continue;
    int64_t days = DaysFromCivil(y, month, day);
    int64_t gap = std::llabs(days - reference_day);
    if (best_any == 0 || gap < best_any_gap) {
      best_any = y;
      best_any_gap = gap;
    }
    if (weekday >= 0 && WeekdayOfDays(days) != weekday) continue;
    if (best == 0 || gap < best_gap) {
      best = y;
      best_gap = gap;
    }
  }
  *weekday_matches = best != 0 || weekday < 0;
  return best != 0 ? best : best_any;
}

// Fills `m` from one match of `shape`; false when it is no valid date.
bool ToMention(const Shape& shape, const std::vector<re2::StringPiece>& g,
               int64_t reference_day, DateOrder order, DateMention& m) {
  if (shape.weekday && !g[shape.weekday].empty()) {
    m.weekday = Lookup(WeekdayTable(), g[shape.weekday]);
  } else if (shape.weekday_abbr && !g[shape.weekday_abbr].empty()) {
    m.weekday = Lookup(AbbreviationTable(), g[shape.weekday_abbr]);
  }
  int month = shape.month_word ? Lookup(MonthTable(), g[shape.month_word])
                               : ToInt(g[shape.month]);
  // Lower-case "may" is the verb ("we may 2 ..."); the month is capitalized.
  if (shape.month_word && g[shape.month_word] == "may") return false;
  int day = ToInt(g[shape.day]);
  if (shape.first) {
    int a = ToInt(g[shape.first]), b = ToInt(g[shape.second]);
    month = order == DateOrder::kMonthFirst ? a : b;
    day = order == DateOrder::kMonthFirst ? b : a;
  }
  int year = ToInt(g[shape.year]);
  if (year > 0 && year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  m.year_written = year != 0;
  if (year == 0) {
    year =
        ResolveYear(month, day, m.weekday, reference_day, &m.weekday_matches);
  }
  if (year < 1900 || year > 2199 || !IsValidCivil(year, month, day)) {
    return false;
  }
  m.date = {year, month, day};
  m.days = DaysFromCivil(year, month, day);
  if (m.year_written && m.weekday >= 0) {
    m.weekday_matches = WeekdayOfDays(m.days) == m.weekday;
  }
  return true;
}

void FindShape(const Shape& shape, const RE2& re, std::string_view text,
               int64_t reference_day, DateOrder order,
               std::vector<DateMention>& out) {
  int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> g(static_cast<size_t>(n));
  re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  while (pos < text.size() &&
         re.Match(input, pos, text.size(), RE2::UNANCHORED, g.data(), n)) {
    size_t begin = static_cast<size_t>(g[0].data() - text.data());
    size_t end = begin + g[0].size();
    pos = begin + 1;
    while (pos < text.size() && IsUtf8Continuation(text[pos])) ++pos;
    if (IsLetterOrDigitBefore(text, begin) || IsLetterOrDigitAt(text, end)) {
      continue;
    }
    DateMention m;
    m.begin = begin;
    m.end = end;
    if (ToMention(shape, g, reference_day, order, m)) {
      out.push_back(m);
      pos = end;
    }
  }
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

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  CivilDate out;
  out.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  out.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  out.year = static_cast<int>(yoe + era * 400 + (out.month <= 2));
  return out;
}

int WeekdayOfDays(int64_t days) {
  int64_t w = (days + 4) % 7;  // 1970-01-01 was a Thursday
  return static_cast<int>(w < 0 ? w + 7 : w);
}

bool IsValidCivil(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30,
                                                31, 31, 30, 31, 30, 31};
  if (day > kDays[static_cast<size_t>(month - 1)]) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month != 2 || day <= 28 || leap;
}

int64_t LocalDay(int64_t unix_seconds, int offset_minutes) {
  int64_t local = unix_seconds + int64_t{offset_minutes} * 60;
  return local >= 0 ? local / 86400 : (local - 86399) / 86400;
}

DateOrder DateOrderForLanguage(std::string_view code) {
  return code.empty() || StartsWith(AsciiLower(code), "en")
             ? DateOrder::kMonthFirst
             : DateOrder::kDayFirst;
}

std::vector<DateMention> FindDateMentions(std::string_view text,
                                          int64_t reference_day,
                                          DateOrder order) {
  std::vector<DateMention> all;
  for (const auto& [shape, re] : Shapes()) {
    FindShape(shape, *re, text, reference_day, order, all);
  }
  std::stable_sort(
      all.begin(), all.end(), [](const DateMention& a, const DateMention& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
      });
  std::vector<DateMention> out;
  for (const DateMention& m : all) {
    if (!out.empty() && m.begin < out.back().end) continue;
    out.push_back(m);
  }
  return out;
}

bool MentionsDay(std::string_view text) {
  static const RE2* re = [] {
    std::string words = Alternation(kWeekdays);
    for (const Word& w : kMonths) {
      if (std::string_view(w.text).size() > 3 &&
          std::string_view(w.text) != "may") {
        words += "|" + RE2::QuoteMeta(w.text);
      }
    }
    for (const char* w : kRelativeDays) words += "|" + RE2::QuoteMeta(w);
    for (const Word& w : kWeekdayAbbreviations) {
      words += "|" + RE2::QuoteMeta(w.text) + "\\.";
    }
    return new RE2(
        "(?i)(?:^|[^\\pL])(?:" + words +
        R"()(?:[^\pL]|$)|\b\d{1,2}/\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b)");
  }();
  if (RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re)) {
    return true;
  }
  return !FindDateMentions(text, 0, DateOrder::kMonthFirst).empty();
}

}  // namespace maillint
