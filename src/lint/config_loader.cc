// Placeholder: built-in defaults only. Replaced by the YAML loader (issue 4).
#include "lint/config_loader.h"

namespace maillint {

Result<Config> LoadConfig(const std::string& explicit_path) {
  if (!explicit_path.empty()) {
    return Status::InvalidConfig(explicit_path, 0, 0,
                                 "configuration files are not supported yet");
  }
  return Config();
}

Status AddConfiguredRules(const Config&, RuleRegistry&) { return Status::Ok(); }

}  // namespace maillint
