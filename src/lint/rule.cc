#include "lint/rule.h"

#include <cstdlib>

#include "base/text.h"

namespace maillint {

RuleContext::RuleContext(const Config& config, std::string rule_id)
    : config_(config), rule_id_(std::move(rule_id)) {}

const OptionValue* RuleContext::Find(std::string_view name) const {
  auto rule = config_.rules.options.find(rule_id_);
  if (rule == config_.rules.options.end()) return nullptr;
  auto it = rule->second.find(std::string(name));
  return it == rule->second.end() ? nullptr : &it->second;
}

std::string RuleContext::GetString(std::string_view name,
                                   std::string fallback) const {
  const OptionValue* v = Find(name);
  std::string value = v && !v->is_list ? v->scalar : std::move(fallback);
  options_read_[std::string(name)] = value;
  return value;
}

int RuleContext::GetInt(std::string_view name, int fallback) const {
  const OptionValue* v = Find(name);
  int value = fallback;
  if (v) {
    char* end = nullptr;
    long parsed = std::strtol(v->scalar.c_str(), &end, 10);
    if (v->is_list || v->scalar.empty() || *end != '\0') {
      option_errors_.push_back(rule_id_ + "." + std::string(name) +
                               ": expected an integer, got '" + v->scalar +
                               "'");
    } else {
      value = static_cast<int>(parsed);
    }
  }
  options_read_[std::string(name)] = std::to_string(value);
  return value;
}

double RuleContext::GetDouble(std::string_view name, double fallback) const {
  const OptionValue* v = Find(name);
  double value = fallback;
  if (v) {
    char* end = nullptr;
    double parsed = std::strtod(v->scalar.c_str(), &end);
    if (v->is_list || v->scalar.empty() || *end != '\0') {
      option_errors_.push_back(rule_id_ + "." + std::string(name) +
                               ": expected a number, got '" + v->scalar + "'");
    } else {
      value = parsed;
    }
  }
  options_read_[std::string(name)] = std::to_string(value);
  return value;
}

bool RuleContext::GetBool(std::string_view name, bool fallback) const {
  const OptionValue* v = Find(name);
  bool value = fallback;
  if (v) {
    std::string s = AsciiLower(v->scalar);
    if (s == "true" || s == "yes" || s == "on") {
      value = true;
    } else if (s == "false" || s == "no" || s == "off") {
      value = false;
    } else {
      option_errors_.push_back(rule_id_ + "." + std::string(name) +
                               ": expected true or false, got '" + v->scalar +
                               "'");
    }
  }
  options_read_[std::string(name)] = value ? "true" : "false";
  return value;
}

std::vector<std::string> RuleContext::GetList(
    std::string_view name, std::vector<std::string> fallback) const {
  const OptionValue* v = Find(name);
  std::vector<std::string> value = std::move(fallback);
  if (v) value = v->is_list ? v->list : std::vector<std::string>{v->scalar};
  std::string shown;
  for (const std::string& item : value)
    shown += (shown.empty() ? "" : ", ") + item;
  options_read_[std::string(name)] = "[" + shown + "]";
  return value;
}

bool Rule::AppliesTo(const Message& message) const {
  return message.auto_class == AutoClass::kHuman;
}

Finding& Rule::Report(CheckContext& ctx, Location where,
                      std::string message) const {
  Finding f;
  f.rule_id = id();
  f.severity = severity_;
  f.message = std::move(message);
  f.where = std::move(where);
  ctx.Add(std::move(f));
  return ctx.findings().back();
}

}  // namespace maillint
