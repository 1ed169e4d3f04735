#include "lint/config_override.h"

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "base/text.h"
#include "lint/config_schema.h"

namespace maillint {
namespace {

Status KeyError(std::string_view /*key*/, std::string_view message) {
  return Status::InvalidArgument(std::string(message));
}

// "[a, b]" through YAML; kInvalidArgument when it is not a flat sequence.
Status ParseFlowList(std::string_view text, std::vector<std::string>* out) {
  try {
    YAML::Node node = YAML::Load(std::string(text));
    if (!node.IsSequence()) return Status::InvalidArgument("expected [a, b]");
    for (const YAML::Node& item : node) {
      if (!item.IsScalar()) {
        return Status::InvalidArgument("list items must be scalars");
      }
      out->push_back(item.Scalar());
    }
  } catch (const YAML::Exception& e) {
    return Status::InvalidArgument("bad list '" + std::string(text) +
                                   "': " + e.msg);
  }
  return Status::Ok();
}

// Builds the value for `section.key` from its command-line spelling.
Status ParseValue(std::string_view section, std::string_view /*key*/,
                  std::string_view text, bool list_hint, SettingValue* out) {
  std::string_view trimmed = Trim(text);
  bool bracketed = StartsWith(trimmed, "[");
  if (bracketed) {
    out->is_list = true;
    return ParseFlowList(trimmed, &out->list);
  }
  if (!list_hint) {
    out->scalar = std::string(trimmed);
    return Status::Ok();
  }
  out->is_list = true;
  if (section == "confidentiality") {  // regexes: commas belong to them
    out->list.emplace_back(trimmed);
    return Status::Ok();
  }
  for (std::string_view item : Split(trimmed, ',')) {
    if (!Trim(item).empty()) out->list.emplace_back(Trim(item));
  }
  return Status::Ok();
}

Status ApplyRuleMap(Config& config, std::string_view map_name,
                    std::string_view rest, std::string_view key,
                    std::string_view value, const SettingOrigin& origin) {
  if (map_name == "severity") {
    if (rest.empty()) return KeyError(key, "expected rules.severity.<rule-id>");
    return SetRuleSeverity(config, rest, Trim(value), origin);
  }
  size_t dot = rest.rfind('.');
  if (rest.empty() || dot == std::string_view::npos || dot == 0 ||
      dot + 1 == rest.size() || rest.find('.') == dot) {
    return KeyError(key, "expected rules.options.<family>.<name>.<Option>");
  }
  SettingValue v;
  if (Status s = ParseValue("rules", "options", value, false, &v); !s.ok()) {
    return s;
  }
  return SetRuleOption(config, rest.substr(0, dot), rest.substr(dot + 1), v,
                       origin);
}

Status Apply(Config& config, std::string_view key, std::string_view value,
             const SettingOrigin& origin) {
  size_t dot = key.find('.');
  std::string_view section = key.substr(0, dot);
  if (dot == std::string_view::npos) {
    if (IsSection(key)) {
      return Status::InvalidArgument("'" + std::string(key) +
                                     "' is a section; name one of its keys");
    }
    SettingValue v;
    v.scalar = std::string(Trim(value));
    if (key != "fail_on") {
      return Status::InvalidArgument(
          UnknownKeyMessage(key, "", TopLevelKeys()));
    }
    return SetSetting(config, "", key, v, origin);
  }
  if (!IsSection(section)) {
    return Status::InvalidArgument(
        UnknownKeyMessage(section, "", TopLevelKeys()));
  }
  std::string_view rest = key.substr(dot + 1);
  size_t second = rest.find('.');
  std::string_view name = rest.substr(0, second);
  if (IsRuleMapSetting(section, name)) {
    std::string_view tail =
        second == std::string_view::npos ? "" : rest.substr(second + 1);
    return ApplyRuleMap(config, name, tail, key, value, origin);
  }
  if (second != std::string_view::npos) {
    return Status::InvalidArgument("'" + std::string(name) +
                                   "' has no sub-keys");
  }
  SettingValue v;
  if (Status s =
          ParseValue(section, name, value, IsListSetting(section, name), &v);
      !s.ok()) {
    return s;
  }
  return SetSetting(config, section, name, v, origin);
}

}  // namespace

Status ApplyConfigSetting(Config& config, std::string_view dotted_key,
                          std::string_view value, std::string_view source) {
  std::string_view key = Trim(dotted_key);
  SettingOrigin origin{std::string(source), ""};
  Status s = Apply(config, key, value, origin);
  if (s.ok()) return s;
  return Status::InvalidConfig(std::string(source) + ": " + std::string(key), 0,
                               0, s.message());
}

Status ApplyConfigAssignment(Config& config, std::string_view assignment,
                             std::string_view source) {
  size_t eq = assignment.find('=');
  if (eq == std::string_view::npos) {
    return Status::InvalidConfig(
        source, 0, 0,
        "expected key=value, got '" + std::string(assignment) + "'");
  }
  return ApplyConfigSetting(config, assignment.substr(0, eq),
                            assignment.substr(eq + 1), source);
}

}  // namespace maillint
