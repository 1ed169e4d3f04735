// `maillint config --dump`: the effective configuration, every value with
// where it came from (a file position, --set, or "default"), and every
// option each rule reads with its effective value.
#include <iostream>

#include "commands/command.h"
#include "lint/config_loader.h"
#include "lint/config_override.h"
#include "lint/rule_registry.h"
#include "rules/families.h"

namespace maillint {
namespace {

struct ConfigOptions {
  std::string config_path;
  std::vector<std::string> settings;
  bool dump = false;
};

std::string Quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string List(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    out += (i ? ", " : "") + Quoted(items[i]);
  }
  return out + "]";
}

std::string SourceOf(const Config& c, const std::string& key) {
  auto it = c.sources.find(key);
  return it == c.sources.end() ? "default" : it->second;
}

void Line(const Config& c, const std::string& indent, const std::string& key,
          const std::string& dotted, const std::string& value) {
  std::cout << indent << key << ": " << value << "  # " << SourceOf(c, dotted)
            << "\n";
}

void DumpSettings(const Config& c) {
  const OrganizationConfig& o = c.organization;
  std::cout << "organization:\n";
  Line(c, "  ", "name", "organization.name", Quoted(o.name));
  Line(c, "  ", "domains", "organization.domains", List(o.domains));
  Line(c, "  ", "website", "organization.website", Quoted(o.website));
  Line(c, "  ", "timezone", "organization.timezone", Quoted(o.timezone));
  const TurnaroundConfig& t = c.turnaround;
  std::cout << "turnaround:\n";
  Line(c, "  ", "hours", "turnaround.hours", std::to_string(t.hours));
  Line(c, "  ", "clock", "turnaround.clock", t.clock);
  Line(c, "  ", "office_hours", "turnaround.office_hours",
       Quoted(t.office_hours));
  Line(c, "  ", "holidays", "turnaround.holidays", List(t.holidays));
  const ProofreadingConfig& p = c.proofreading;
  std::cout << "proofreading:\n";
  Line(c, "  ", "languages", "proofreading.languages", List(p.languages));
  Line(c, "  ", "words", "proofreading.words", List(p.words));
  Line(c, "  ", "max_grade", "proofreading.max_grade",
       std::to_string(p.max_grade));
  std::cout << "confidentiality:\n";
  Line(c, "  ", "student_id_patterns", "confidentiality.student_id_patterns",
       List(c.confidentiality.student_id_patterns));
  Line(c, "  ", "max_external_recipients",
       "confidentiality.max_external_recipients",
       std::to_string(c.confidentiality.max_external_recipients));
  Line(c, "", "fail_on", "fail_on", SeverityName(c.fail_on));
}

void DumpRule(const Config& c, const RuleEntry& e) {
  const std::string& id = e.info.id;
  auto level = c.rules.severity.find(id);
  std::string severity = level != c.rules.severity.end()
                             ? level->second
                             : SeverityName(e.info.default_severity);
  std::cout << "    " << id << ":\n";
  Line(c, "      ", "severity", "rules.severity." + id, severity);
  RuleContext context(c, id);
  std::unique_ptr<Rule> rule = e.factory(context);
  for (const auto& [name, value] : context.options_read()) {
    std::string key = "rules.options." + id + "." + name;
    Line(c, "      ", name, key, value);
  }
}

int Dump(const ConfigOptions& o) {
  Result<Config> config = LoadConfig(o.config_path);
  for (size_t i = 0; config && i < o.settings.size(); ++i) {
    if (Status s = ApplyConfigAssignment(*config, o.settings[i]); !s.ok())
      config = s;
  }
  RuleRegistry registry;
  Status s = config ? Status::Ok() : config.error();
  if (s.ok()) {
    AddBuiltinRules(registry);
    s = AddConfiguredRules(*config, registry);
  }
  if (!s.ok()) {
    std::cerr << "maillint: " << s.message() << "\n";
    return kExitUsage;
  }
  const Config& c = *config;
  std::cout << "# effective configuration; source: "
            << (c.source_path.empty() ? "built-in defaults" : c.source_path)
            << "\n";
  DumpSettings(c);
  std::cout << "rules:\n";
  Line(c, "  ", "packs", "rules.packs", List(c.rules.packs));
  Line(c, "  ", "paths", "rules.paths", List(c.rules.paths));
  Line(c, "  ", "select", "rules.select", List(c.rules.select));
  std::cout
      << "  # every rule: its severity and the options it reads\n  rules:\n";
  for (const RuleEntry& e : registry.entries()) DumpRule(c, e);
  return kExitOk;
}

}  // namespace

void RegisterConfigCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<ConfigOptions>();
  CLI::App* cmd = app.add_subcommand("config");
  cmd->add_option("--config", o->config_path, "configuration file");
  cmd->add_option("--set", o->settings, "override a config key: key=value");
  cmd->add_flag("--dump", o->dump,
                "print the effective configuration (the default)");
  cmd->callback([o, exit_code] { *exit_code = Dump(*o); });
}

}  // namespace maillint
