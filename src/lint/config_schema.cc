#include "lint/config_schema.h"

#include <re2/re2.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>

#include "base/text.h"

namespace maillint {
namespace {

using Setter =
    std::function<Status(Config&, const SettingValue&, const SettingOrigin&)>;

struct Key {
  const char* section;
  const char* name;
  bool is_list;
  Setter set;
};

// The message only; callers add the location and make it kInvalidConfig.
Status Bad(std::string message) {
  return Status::InvalidArgument(std::move(message));
}

Status ExpectScalar(const SettingValue& v, std::string_view what) {
  if (v.is_list) return Bad("expected " + std::string(what) + ", got a list");
  return Status::Ok();
}

Status ParseNumber(const SettingValue& v, double* out) {
  if (Status s = ExpectScalar(v, "a number"); !s.ok()) return s;
  char* end = nullptr;
  *out = std::strtod(v.scalar.c_str(), &end);
  if (v.scalar.empty() || *end != '\0') {
    return Bad("expected a number, got '" + v.scalar + "'");
  }
  return Status::Ok();
}

Status ParseInteger(const SettingValue& v, int* out) {
  if (Status s = ExpectScalar(v, "an integer"); !s.ok()) return s;
  char* end = nullptr;
  long parsed = std::strtol(v.scalar.c_str(), &end, 10);
  if (v.scalar.empty() || *end != '\0' || parsed < 0 || parsed > 1000000) {
    return Bad("expected a non-negative integer, got '" + v.scalar + "'");
  }
  *out = static_cast<int>(parsed);
  return Status::Ok();
}

template <typename F>
Setter ScalarSetter(F assign) {
  return [assign](Config& c, const SettingValue& v, const SettingOrigin&) {
    if (Status s = ExpectScalar(v, "a string"); !s.ok()) return s;
    return assign(c, v.scalar);
  };
}

template <typename F>
Setter ListSetter(F assign) {
  return [assign](Config& c, const SettingValue& v, const SettingOrigin& o) {
    if (!v.is_list) return Bad("expected a list, got '" + v.scalar + "'");
    return assign(c, v.list, o);
  };
}

Status CheckTimezone(const std::string& name) {
  std::unique_ptr<icu::TimeZone> tz(
      icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(name)));
  icu::UnicodeString id;
  tz->getID(id);
  if (id == icu::UnicodeString("Etc/Unknown")) {
    return Bad("unknown time zone '" + name +
               "' (expected an IANA name like America/New_York)");
  }
  return Status::Ok();
}

bool IsDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

Status SetHolidays(Config& c, const std::vector<std::string>& items,
                   const SettingOrigin&) {
  for (const std::string& d : items) {
    if (!IsDate(d)) return Bad("expected a date YYYY-MM-DD, got '" + d + "'");
  }
  c.turnaround.holidays = items;
  return Status::Ok();
}

Status SetPatterns(Config& c, const std::vector<std::string>& items,
                   const SettingOrigin&) {
  for (const std::string& p : items) {
    RE2 re(p, RE2::Quiet);
    if (!re.ok()) {
      return Bad("bad pattern '" + ClipForMessage(p) +
                 "': " + ClipForMessage(re.error()));
    }
  }
  c.confidentiality.student_id_patterns = items;
  return Status::Ok();
}

Status SetPaths(Config& c, const std::vector<std::string>& items,
                const SettingOrigin& o) {
  c.rules.paths.clear();
  for (const std::string& p : items) {
    std::filesystem::path path(p);
    if (path.is_relative() && !o.base_dir.empty()) {
      path = std::filesystem::path(o.base_dir) / path;
    }
    c.rules.paths.push_back(path.lexically_normal().string());
  }
  return Status::Ok();
}

Status SetFailOn(Config& c, const SettingValue& v, const SettingOrigin&) {
  if (Status s = ExpectScalar(v, "error, warning or info"); !s.ok()) return s;
  std::optional<Severity> s = ParseSeverity(v.scalar);
  if (!s) return Bad("expected error, warning or info, got '" + v.scalar + "'");
  c.fail_on = *s;
  return Status::Ok();
}

Status SetWeights(Config& c, const std::vector<std::string>& items,
                  const SettingOrigin&) {
  c.audit.weights.clear();
  for (const std::string& item : items) {
    size_t eq = item.find('=');
    std::string standard(Trim(item.substr(0, eq)));
    char* end = nullptr;
    std::string number =
        eq == std::string::npos ? "" : std::string(Trim(item.substr(eq + 1)));
    double weight = std::strtod(number.c_str(), &end);
    if (StandardIndex(standard) < 0 || number.empty() || *end != '\0' ||
        weight < 0) {
      return Bad("expected STANDARD=WEIGHT such as S5=2, got '" + item + "'");
    }
    c.audit.weights[standard] = weight;
  }
  return Status::Ok();
}

Status SetAutoFail(Config& c, const std::vector<std::string>& items,
                   const SettingOrigin&) {
  for (const std::string& item : items) {
    if (StandardIndex(item) < 0) {
      return Bad("expected a standard S1..S15, got '" + item + "'");
    }
  }
  c.audit.auto_fail = items;
  return Status::Ok();
}

Status SetDepartments(Config& c, const std::vector<std::string>& items,
                      const SettingOrigin&) {
  c.audit.departments.clear();
  for (const std::string& item : items) {
    size_t eq = item.find('=');
    std::string who =
        eq == std::string::npos ? "" : AsciiLower(Trim(item.substr(0, eq)));
    std::string name =
        eq == std::string::npos ? "" : std::string(Trim(item.substr(eq + 1)));
    if (who.empty() || name.empty() || who.find('@') == std::string::npos) {
      return Bad(
          "expected ADDRESS=DEPARTMENT or @DOMAIN=DEPARTMENT, such as "
          "@transport.pghschools.org=Transportation, got '" +
          item + "'");
    }
    c.audit.departments.emplace_back(who, name);
  }
  return Status::Ok();
}

std::vector<std::string> Lowered(const std::vector<std::string>& items) {
  std::vector<std::string> out;
  for (const std::string& i : items) out.push_back(AsciiLower(Trim(i)));
  return out;
}

const std::vector<Key>& Keys() {
  using V = const std::vector<std::string>&;
  using O = const SettingOrigin&;
  static const std::vector<Key> kKeys = {
      {"organization", "name", false,
       ScalarSetter([](Config& c, const std::string& s) {
         c.organization.name = s;
         return Status::Ok();
       })},
      {"organization", "domains", true, ListSetter([](Config& c, V v, O) {
         c.organization.domains = Lowered(v);
         return Status::Ok();
       })},
      {"organization", "website", false,
       ScalarSetter([](Config& c, const std::string& s) {
         c.organization.website = s;
         return Status::Ok();
       })},
      {"organization", "timezone", false,
       ScalarSetter([](Config& c, const std::string& s) {
         if (Status st = CheckTimezone(s); !st.ok()) return st;
         c.organization.timezone = s;
         return Status::Ok();
       })},
      {"turnaround", "hours", false,
       [](Config& c, const SettingValue& v, O) {
         double hours = 0;
         if (Status s = ParseNumber(v, &hours); !s.ok()) return s;
         if (hours <= 0) return Bad("expected a positive number of hours");
         c.turnaround.hours = hours;
         return Status::Ok();
       }},
      {"turnaround", "clock", false,
       ScalarSetter([](Config& c, const std::string& s) {
         if (s != "calendar" && s != "weekdays" && s != "office-hours") {
           return Bad("expected calendar, weekdays or office-hours, got '" + s +
                      "'");
         }
         c.turnaround.clock = s;
         return Status::Ok();
       })},
      {"turnaround", "office_hours", false,
       ScalarSetter([](Config& c, const std::string& s) {
         c.turnaround.office_hours = s;
         return Status::Ok();
       })},
      {"turnaround", "holidays", true, ListSetter(SetHolidays)},
      {"rules", "packs", true, ListSetter([](Config& c, V v, O) {
         c.rules.packs = v;
         return Status::Ok();
       })},
      {"rules", "paths", true, ListSetter(SetPaths)},
      {"rules", "select", true,
       [](Config& c, const SettingValue& v, O) {
         // clang-tidy style: a list, or one comma-separated string.
         c.rules.select.clear();
         if (v.is_list) {
           c.rules.select = v.list;
         } else {
           for (std::string_view g : Split(v.scalar, ',')) {
             if (!Trim(g).empty()) c.rules.select.emplace_back(Trim(g));
           }
         }
         return Status::Ok();
       }},
      {"rules", "severity", false, nullptr},
      {"rules", "options", false, nullptr},
      {"proofreading", "languages", true, ListSetter([](Config& c, V v, O) {
         c.proofreading.languages = v;
         return Status::Ok();
       })},
      {"proofreading", "words", true, ListSetter([](Config& c, V v, O) {
         c.proofreading.words = v;
         return Status::Ok();
       })},
      {"proofreading", "max_grade", false,
       [](Config& c, const SettingValue& v, O) {
         return ParseNumber(v, &c.proofreading.max_grade);
       }},
      {"confidentiality", "student_id_patterns", true, ListSetter(SetPatterns)},
      {"confidentiality", "max_external_recipients", false,
       [](Config& c, const SettingValue& v, O) {
         return ParseInteger(v, &c.confidentiality.max_external_recipients);
       }},
      {"audit", "weights", true, ListSetter(SetWeights)},
      {"audit", "auto_fail", true, ListSetter(SetAutoFail)},
      {"audit", "departments", true, ListSetter(SetDepartments)},
      {"", "fail_on", false, SetFailOn},
  };
  return kKeys;
}

const Key* FindKey(std::string_view section, std::string_view name) {
  for (const Key& k : Keys()) {
    if (section == k.section && name == k.name) return &k;
  }
  return nullptr;
}

std::string Dotted(std::string_view section, std::string_view key) {
  return section.empty() ? std::string(key)
                         : std::string(section) + "." + std::string(key);
}

}  // namespace

const std::vector<std::string>& TopLevelKeys() {
  // "gateway" is read by gateway/gateway_config.h; the loader skips it.
  static const std::vector<std::string> kTop = {
      "organization",    "turnaround", "rules",   "proofreading",
      "confidentiality", "audit",      "fail_on", "gateway"};
  return kTop;
}

bool IsSection(std::string_view key) {
  return key != "fail_on" &&
         std::find(TopLevelKeys().begin(), TopLevelKeys().end(), key) !=
             TopLevelKeys().end();
}

std::vector<std::string> SectionKeys(std::string_view section) {
  std::vector<std::string> out;
  for (const Key& k : Keys()) {
    if (section == k.section) out.push_back(k.name);
  }
  return out;
}

bool IsListSetting(std::string_view section, std::string_view key) {
  const Key* k = FindKey(section, key);
  return k != nullptr && k->is_list;
}

bool IsRuleMapSetting(std::string_view section, std::string_view key) {
  return section == "rules" && (key == "severity" || key == "options");
}

Status SetSetting(Config& config, std::string_view section,
                  std::string_view key, const SettingValue& value,
                  const SettingOrigin& origin) {
  const Key* k = FindKey(section, key);
  if (k == nullptr || k->set == nullptr) {
    return Bad(UnknownKeyMessage(key, section, SectionKeys(section)));
  }
  Config updated = config;
  if (Status s = k->set(updated, value, origin); !s.ok()) return s;
  config = std::move(updated);
  config.sources[Dotted(section, key)] = origin.source;
  return Status::Ok();
}

Status SetRuleSeverity(Config& config, std::string_view rule_id,
                       std::string_view level, const SettingOrigin& origin) {
  if (level != "off" && !ParseSeverity(level)) {
    return Bad("expected error, warning, info or off, got '" +
               std::string(level) + "'");
  }
  std::string normalized =
      level == "off" ? "off" : SeverityName(*ParseSeverity(level));
  config.rules.severity[std::string(rule_id)] = normalized;
  config.sources["rules.severity." + std::string(rule_id)] = origin.source;
  return Status::Ok();
}

Status SetRuleOption(Config& config, std::string_view rule_id,
                     std::string_view option, const SettingValue& value,
                     const SettingOrigin& origin) {
  OptionValue v;
  v.is_list = value.is_list;
  v.scalar = value.scalar;
  v.list = value.list;
  v.source = origin.source;
  config.rules.options[std::string(rule_id)][std::string(option)] = v;
  config.sources["rules.options." + std::string(rule_id) + "." +
                 std::string(option)] = origin.source;
  return Status::Ok();
}

std::string UnknownKeyMessage(std::string_view key, std::string_view where,
                              const std::vector<std::string>& known) {
  std::string message = "unknown key '" + std::string(key) + "'";
  if (!where.empty()) message += " in '" + std::string(where) + "'";
  std::string hint = ClosestMatch(key, known);
  if (!hint.empty()) message += "; did you mean '" + hint + "'?";
  return message;
}

}  // namespace maillint
