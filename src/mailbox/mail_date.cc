#include "mailbox/mail_date.h"

#include <cctype>
#include <cstdio>
#include <vector>

#include "base/text.h"

namespace maillint {
namespace {

// Civil date fields as found in a date string.
struct DateFields {
  int year = -1, month = -1, day = -1;
  int hour = -1, minute = -1, second = 0;
  int offset_minutes = 0;
};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Removes RFC 5322 comments "(...)" (nested) and splits on blanks and commas.
std::vector<std::string> Tokenize(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  int depth = 0;
  for (char c : text) {
    if (c == '(') ++depth;
    bool separator = depth > 0 || c == ',' || c == ')' ||
                     std::isspace(static_cast<unsigned char>(c));
    if (c == ')' && depth > 0) --depth;
    if (separator) {
      if (!current.empty()) tokens.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

int MonthNumber(std::string_view token) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  if (token.size() < 3) return -1;
  std::string prefix = AsciiLower(token.substr(0, 3));
  for (int i = 0; i < 12; ++i) {
    if (prefix == kMonths[i]) return i + 1;
  }
  return -1;
}

// "+0100", "-0000", "+01:00" or an obsolete zone name; nullopt otherwise.
std::optional<int> ZoneOffset(std::string_view token) {
  if ((token[0] == '+' || token[0] == '-') && token.size() >= 5) {
    std::string digits;
    for (char c : token.substr(1)) {
      if (c != ':') digits += c;
    }
    if (digits.size() != 4 || !AllDigits(digits)) return std::nullopt;
    int minutes = ToInt(digits.substr(0, 2)) * 60 + ToInt(digits.substr(2));
    return token[0] == '-' ? -minutes : minutes;
  }
  static const std::pair<const char*, int> kNames[] = {
      {"ut", 0},        {"utc", 0},       {"gmt", 0},       {"z", 0},
      {"est", -5 * 60}, {"edt", -4 * 60}, {"cst", -6 * 60}, {"cdt", -5 * 60},
      {"mst", -7 * 60}, {"mdt", -6 * 60}, {"pst", -8 * 60}, {"pdt", -7 * 60}};
  std::string lower = AsciiLower(token);
  for (const auto& [name, offset] : kNames) {
    if (lower == name) return offset;
  }
  if (lower.size() == 1 && std::isalpha(static_cast<unsigned char>(lower[0]))) {
    return 0;  // military zone: RFC 5322 says to treat it as +0000
  }
  return std::nullopt;
}

bool ParseClock(std::string_view token, DateFields& f) {
  std::vector<std::string_view> parts = Split(token, ':');
  if (parts.size() < 2 || parts.size() > 3) return false;
  for (std::string_view p : parts) {
    if (!AllDigits(p) || p.size() > 2) return false;
  }
  f.hour = ToInt(parts[0]);
  f.minute = ToInt(parts[1]);
  f.second = parts.size() == 3 ? ToInt(parts[2]) : 0;
  return true;
}

int ExpandYear(std::string_view digits) {
  int year = ToInt(digits);
  if (digits.size() == 2) return year < 50 ? 2000 + year : 1900 + year;
  if (digits.size() == 3) return 1900 + year;
  return year;
}

bool FieldsValid(const DateFields& f) {
  return f.year >= 1900 && f.year <= 9999 && f.month >= 1 && f.day >= 1 &&
         f.day <= 31 && f.hour >= 0 && f.hour <= 23 && f.minute >= 0 &&
         f.minute <= 59 && f.second >= 0 && f.second <= 60;
}

}  // namespace

int64_t UnixFromCivil(int year, int month, int day, int hour, int minute,
                      int second) {
  // Days from civil (H. Hinnant's algorithm), proleptic Gregorian.
  int y = year - (month <= 2 ? 1 : 0);
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int mp = (month + 9) % 12;
  int doy = (153 * mp + 2) / 5 + day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  int64_t days = static_cast<int64_t>(era) * 146097 + doe - 719468;
  return days * 86400 + hour * 3600 + minute * 60 + second;
}

std::optional<MessageDate> ParseMailDate(std::string_view text) {
  std::vector<std::string> tokens = Tokenize(text);
  DateFields f;
  int month_at = -1;
  for (size_t i = 0; i < tokens.size() && month_at < 0; ++i) {
    f.month = MonthNumber(tokens[i]);
    if (f.month > 0) month_at = static_cast<int>(i);
  }
  if (month_at < 0) return std::nullopt;
  bool clock_seen = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    if (static_cast<int>(i) == month_at) continue;
    if (AllDigits(t)) {
      bool next_to_month = static_cast<int>(i) == month_at - 1 ||
                           static_cast<int>(i) == month_at + 1;
      if (f.day < 0 && next_to_month && t.size() <= 2) {
        f.day = ToInt(t);
      } else if (f.year < 0) {
        f.year = ExpandYear(t);
      }
    } else if (!clock_seen && t.find(':') != std::string::npos) {
      clock_seen = ParseClock(t, f);
      if (!clock_seen) return std::nullopt;
    } else if (clock_seen) {
      std::optional<int> zone = ZoneOffset(t);
      if (zone) {
        f.offset_minutes = *zone;
        clock_seen = true;
        break;
      }
    }
  }
  if (!FieldsValid(f)) return std::nullopt;
  MessageDate date;
  date.offset_minutes = f.offset_minutes;
  date.unix_seconds =
      UnixFromCivil(f.year, f.month, f.day, f.hour, f.minute, f.second) -
      static_cast<int64_t>(f.offset_minutes) * 60;
  return date;
}

std::optional<MessageDate> ParseReceivedDate(std::string_view received) {
  size_t semicolon = received.rfind(';');
  if (semicolon == std::string_view::npos) return std::nullopt;
  return ParseMailDate(received.substr(semicolon + 1));
}

std::optional<int64_t> EarliestReceived(const Message& message) {
  std::optional<int64_t> earliest;
  for (const HeaderField& h : message.headers) {
    if (!EqualsIgnoreCase(h.name, "Received")) continue;
    std::optional<MessageDate> d =
        ParseReceivedDate(h.raw.empty() ? h.value : h.raw);
    if (d && (!earliest || d->unix_seconds < *earliest)) {
      earliest = d->unix_seconds;
    }
  }
  return earliest;
}

std::optional<MessageDate> HeaderDate(const Message& message) {
  if (message.date) return message.date;
  const HeaderField* h = message.FindHeader("Date");
  if (h == nullptr) return std::nullopt;
  return ParseMailDate(h->raw.empty() ? h->value : h->raw);
}

std::optional<MessageDate> ParseIso8601(std::string_view text) {
  text = Trim(text);
  int y, mo, d, h, mi;
  int consumed = 0;
  std::string s(text);
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d%*1[T ]%2d:%2d%n", &y, &mo, &d, &h,
                  &mi, &consumed) != 5) {
    return std::nullopt;
  }
  std::string_view rest = text.substr(consumed);
  int sec = 0;
  if (rest.size() >= 3 && rest[0] == ':' && AllDigits(rest.substr(1, 2))) {
    sec = ToInt(rest.substr(1, 2));
    rest.remove_prefix(3);
    while (
        !rest.empty() &&
        (rest[0] == '.' || std::isdigit(static_cast<unsigned char>(rest[0])))) {
      rest.remove_prefix(1);
    }
  }
  std::optional<int> offset;
  if (rest == "Z" || rest == "z") offset = 0;
  if (!rest.empty() && (rest[0] == '+' || rest[0] == '-')) {
    offset = ZoneOffset(rest);
  }
  DateFields f{y, mo, d, h, mi, sec, 0};
  if (!offset || !FieldsValid(f) || mo > 12) return std::nullopt;
  MessageDate date;
  date.offset_minutes = *offset;
  date.unix_seconds =
      UnixFromCivil(y, mo, d, h, mi, sec) - static_cast<int64_t>(*offset) * 60;
  return date;
}

std::string FormatIso8601(int64_t unix_seconds, int offset_minutes) {
  int64_t local = unix_seconds + static_cast<int64_t>(offset_minutes) * 60;
  int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  int64_t secs = local - days * 86400;
  // Civil from days (H. Hinnant's algorithm).
  int64_t z = days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  int abs_offset = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  char buffer[40];
  std::snprintf(buffer, sizeof buffer,
                "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", year, month, day,
                static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60),
                static_cast<int>(secs % 60), offset_minutes < 0 ? '-' : '+',
                abs_offset / 60, abs_offset % 60);
  return buffer;
}

}  // namespace maillint
