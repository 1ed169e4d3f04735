// .maillint.yml -> Config, through the shared key table (lint/config_schema.h).
#include "lint/config_loader.h"

#include <cstdlib>
#include <filesystem>

#include "lint/config_schema.h"
#include "lint/rule_pack.h"
#include "lint/yaml_util.h"

namespace fs = std::filesystem;

namespace maillint {
namespace {

constexpr const char* kConfigName = ".maillint.yml";

// The first .maillint.yml walking up from the current directory, then the
// user's config file; "" when there is none.
std::string FindConfigFile() {
  std::error_code ec;
  fs::path dir = fs::current_path(ec);
  while (!ec && !dir.empty()) {
    fs::path candidate = dir / kConfigName;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  fs::path user;
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) {
    user = fs::path(xdg) / "maillint" / "config.yml";
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    user = fs::path(home) / ".config" / "maillint" / "config.yml";
  }
  if (!user.empty() && fs::is_regular_file(user, ec)) return user.string();
  return "";
}

class Loader {
 public:
  Loader(std::string path, Config& config)
      : path_(std::move(path)), config_(config) {
    origin_.base_dir = fs::absolute(path_).parent_path().string();
  }

  Status Load(const YAML::Node& root);

 private:
  Status LoadSection(const std::string& section, const YAML::Node& node);
  Status LoadValue(const std::string& section, const std::string& key,
                   const YAML::Node& node);
  Status LoadSeverities(const YAML::Node& node);
  Status LoadOptions(const YAML::Node& node);
  // Schema errors carry only a message; give them this node's position.
  Status At(const YAML::Node& node, const Status& s) const {
    return s.ok() ? s : YamlError(path_, node.Mark(), s.message());
  }
  SettingOrigin OriginOf(const YAML::Node& node) {
    origin_.source = YamlPlace(path_, node.Mark());
    return origin_;
  }

  std::string path_;
  Config& config_;
  SettingOrigin origin_;
};

Status Loader::Load(const YAML::Node& root) {
  if (root.IsNull()) return Status::Ok();
  if (Status s = ExpectMap(path_, "configuration", root); !s.ok()) return s;
  if (Status s = CheckKeys(path_, root, TopLevelKeys(), ""); !s.ok()) return s;
  for (const auto& entry : root) {
    const std::string& key = entry.first.Scalar();
    if (key == "gateway") continue;  // gateway/gateway_config.h reads it
    Status s = IsSection(key) ? LoadSection(key, entry.second)
                              : LoadValue("", key, entry.second);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status Loader::LoadSection(const std::string& section, const YAML::Node& node) {
  if (node.IsNull()) return Status::Ok();
  if (Status s = ExpectMap(path_, section, node); !s.ok()) return s;
  if (Status s = CheckKeys(path_, node, SectionKeys(section), section);
      !s.ok()) {
    return s;
  }
  for (const auto& entry : node) {
    const std::string& key = entry.first.Scalar();
    Status s;
    if (IsRuleMapSetting(section, key)) {
      s = key == "severity" ? LoadSeverities(entry.second)
                            : LoadOptions(entry.second);
    } else {
      s = LoadValue(section, key, entry.second);
    }
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status Loader::LoadValue(const std::string& section, const std::string& key,
                         const YAML::Node& node) {
  SettingValue value;
  std::string dotted = section.empty() ? key : section + "." + key;
  if (IsListSetting(section, key) || (section == "rules" && key == "select")) {
    bool scalar_ok = key == "select";
    if (node.IsScalar() && scalar_ok) {
      value.scalar = node.Scalar();
    } else {
      value.is_list = true;
      Status s = ReadList(path_, dotted, node, false, &value.list);
      if (!s.ok()) return s;
    }
  } else {
    if (Status s = ReadScalar(path_, dotted, node, &value.scalar); !s.ok()) {
      return s;
    }
  }
  Status s = SetSetting(config_, section, key, value, OriginOf(node));
  return s.ok() ? s
                : YamlError(path_, node.Mark(),
                            "'" + dotted + "': " + s.message());
}

Status Loader::LoadSeverities(const YAML::Node& node) {
  if (Status s = ExpectMap(path_, "rules.severity", node); !s.ok()) return s;
  for (const auto& entry : node) {
    std::string level;
    std::string id = entry.first.Scalar();
    if (Status s =
            ReadScalar(path_, "rules.severity." + id, entry.second, &level);
        !s.ok()) {
      return s;
    }
    Status s = SetRuleSeverity(config_, id, level, OriginOf(entry.first));
    if (!s.ok()) return At(entry.second, s);
  }
  return Status::Ok();
}

Status Loader::LoadOptions(const YAML::Node& node) {
  if (Status s = ExpectMap(path_, "rules.options", node); !s.ok()) return s;
  for (const auto& rule : node) {
    std::string id = rule.first.Scalar();
    if (Status s = ExpectMap(path_, "rules.options." + id, rule.second);
        !s.ok()) {
      return s;
    }
    for (const auto& option : rule.second) {
      SettingValue value;
      std::string name = option.first.Scalar();
      std::string dotted = "rules.options." + id + "." + name;
      Status s =
          option.second.IsSequence()
              ? ReadList(path_, dotted, option.second, false, &value.list)
              : ReadScalar(path_, dotted, option.second, &value.scalar);
      if (!s.ok()) return s;
      value.is_list = option.second.IsSequence();
      s = SetRuleOption(config_, id, name, value, OriginOf(option.first));
      if (!s.ok()) return At(option.second, s);
    }
  }
  return Status::Ok();
}

}  // namespace

Result<Config> LoadConfig(const std::string& explicit_path) {
  std::string path = explicit_path.empty() ? FindConfigFile() : explicit_path;
  Config config;
  if (path.empty()) return config;
  Result<YAML::Node> root = LoadYamlFile(path);
  if (!root) return root.error();
  config.source_path = path;
  Loader loader(path, config);
  Status s;
  try {
    s = loader.Load(*root);
  } catch (const YAML::Exception& e) {
    s = YamlError(path, e.mark, "bad configuration: " + e.msg);
  }
  if (!s.ok()) return s;
  return config;
}

Status AddConfiguredRules(const Config& config, RuleRegistry& registry) {
  return AddRulePacks(config, registry);
}

}  // namespace maillint
