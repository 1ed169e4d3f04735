#include "lint/config_override.h"

#include <cstdlib>
#include <string>

#include "base/text.h"

namespace maillint {
namespace {

std::vector<std::string> ParseList(std::string_view value) {
  std::vector<std::string> out;
  for (std::string_view piece : Split(value, ',')) {
    std::string_view item = Trim(piece);
    if (!item.empty()) out.emplace_back(item);
  }
  return out;
}

Status ParseNumber(std::string_view key, std::string_view value, double* out) {
  std::string text(value);
  char* end = nullptr;
  double parsed = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0') {
    return Status::InvalidArgument(std::string(key) + ": expected a number, got '" +
                                   text + "'");
  }
  *out = parsed;
  return Status::Ok();
}

Status SetRuleKey(Config& config, std::string_view key, std::string_view value) {
  if (key == "rules.select") {
    config.rules.select = ParseList(value);
    return Status::Ok();
  }
  if (StartsWith(key, "rules.severity.")) {
    config.rules.severity[std::string(key.substr(15))] = std::string(value);
    return Status::Ok();
  }
  if (StartsWith(key, "rules.options.")) {
    std::string_view rest = key.substr(14);
    size_t dot = rest.rfind('.');
    if (dot == std::string_view::npos) {
      return Status::InvalidArgument(std::string(key) +
                                     ": expected rules.options.<rule-id>.<Option>");
    }
    OptionValue v;
    v.scalar = std::string(value);
    v.is_list = value.find(',') != std::string_view::npos;
    if (v.is_list) v.list = ParseList(value);
    v.source = "setting";
    config.rules.options[std::string(rest.substr(0, dot))]
                        [std::string(rest.substr(dot + 1))] = v;
    return Status::Ok();
  }
  return Status::InvalidArgument("unknown configuration key '" + std::string(key) + "'");
}

}  // namespace

Status ApplyConfigSetting(Config& config, std::string_view key,
                          std::string_view value) {
  OrganizationConfig& org = config.organization;
  if (key == "organization.name") org.name = std::string(value);
  else if (key == "organization.domains") org.domains = ParseList(AsciiLower(value));
  else if (key == "organization.website") org.website = std::string(value);
  else if (key == "organization.timezone") org.timezone = std::string(value);
  else if (key == "turnaround.hours") return ParseNumber(key, value, &config.turnaround.hours);
  else if (key == "turnaround.clock") config.turnaround.clock = std::string(value);
  else if (key == "turnaround.office_hours") config.turnaround.office_hours = std::string(value);
  else if (key == "turnaround.holidays") config.turnaround.holidays = ParseList(value);
  else if (key == "proofreading.languages") config.proofreading.languages = ParseList(value);
  else if (key == "proofreading.words") config.proofreading.words = ParseList(value);
  else if (key == "proofreading.max_grade") return ParseNumber(key, value, &config.proofreading.max_grade);
  else if (key == "confidentiality.student_id_patterns") {
    // One pattern per setting (regexes contain commas); repeat to add more.
    config.confidentiality.student_id_patterns.emplace_back(value);
  } else if (key == "confidentiality.max_external_recipients") {
    double n = 0;
    Status s = ParseNumber(key, value, &n);
    config.confidentiality.max_external_recipients = static_cast<int>(n);
    return s;
  } else if (key == "fail_on") {
    std::optional<Severity> s = ParseSeverity(value);
    if (!s) return Status::InvalidArgument("fail_on: expected error, warning or info");
    config.fail_on = *s;
  } else {
    return SetRuleKey(config, key, value);
  }
  return Status::Ok();
}

}  // namespace maillint
