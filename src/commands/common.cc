#include "commands/common.h"

#include <unistd.h>

#include <cstdlib>

#include "base/vocabulary.h"
#include "lint/config_loader.h"
#include "lint/config_override.h"
#include "rules/families.h"

namespace maillint {

void AddCommonOptions(CLI::App* cmd, CommonOptions* o) {
  cmd->add_option("--config", o->config_path,
                  "configuration file (default: .maillint.yml found upwards)");
  cmd->add_option("-f,--format", o->format,
                  "output format (use 'list' to list them)");
  cmd->add_option("-o,--output", o->output, "write the report to FILE");
  cmd->add_option("--fail-on", o->fail_on,
                  "lowest severity that fails a message: error|warning|info");
  cmd->add_option("--rules", o->rules,
                  "rule selection, as rules.select: \"-*,greeting.*\" "
                  "(replaces the config's)");
  cmd->add_option("-j,--jobs", o->jobs,
                  "worker threads (default: number of cores)");
  cmd->add_flag("-q,--quiet", o->quiet,
                "only failing messages and the summary");
  cmd->add_flag("--show-sensitive", o->show_sensitive,
                "print sensitive values unmasked (authorized reviewers)");
  cmd->add_option("--color", o->color,
                  "auto|always|never (default auto: TTY and no NO_COLOR)");
}

Result<Config> LoadConfigWithFlags(const CommonOptions& options) {
  Result<Config> config = LoadConfig(options.config_path);
  if (!config) {
    std::cerr << "maillint: " << config.error().message() << "\n";
    return config;
  }
  if (!options.fail_on.empty()) {
    std::optional<Severity> s = ParseSeverity(options.fail_on);
    if (!s) {
      Status bad = Status::InvalidArgument(
          "--fail-on: expected error, warning or info, got '" +
          options.fail_on + "'");
      std::cerr << "maillint: " << bad.message() << "\n";
      return bad;
    }
    config->fail_on = *s;
  }
  config->show_sensitive = options.show_sensitive;
  if (!options.rules.empty()) {
    Status s = ApplyConfigSetting(*config, "rules.select", options.rules);
    if (!s.ok()) {
      std::cerr << "maillint: --rules: " << s.message() << "\n";
      return s;
    }
  }
  return config;
}

Result<std::vector<std::unique_ptr<Rule>>> LoadRules(const Config& config,
                                                     RuleRegistry* registry) {
  if (const Status& v = Vocab().status(); !v.ok()) {
    std::cerr << "maillint: " << v.message() << "\n";
    return v;
  }
  AddBuiltinRules(*registry);
  Status s = AddConfiguredRules(config, *registry);
  if (!s.ok()) {
    std::cerr << "maillint: " << s.message() << "\n";
    return s;
  }
  auto rules = registry->Instantiate(config);
  if (!rules) std::cerr << "maillint: " << rules.error().message() << "\n";
  return rules;
}

Result<std::ostream*> OpenOutput(const std::string& path,
                                 std::unique_ptr<std::ofstream>* holder) {
  if (path.empty() || path == "-") return &std::cout;
  *holder = std::make_unique<std::ofstream>(path, std::ios::binary);
  if (!**holder) return Status::IoError(path, "cannot open for writing");
  return holder->get();
}

bool UseColor(const std::string& mode, int stream_fd) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return isatty(stream_fd) == 1;
}

}  // namespace maillint
