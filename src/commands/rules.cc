// `maillint rules list|show|test`: what the rules are, and whether their own
// examples still hold.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "base/text.h"
#include "commands/command.h"
#include "commands/common.h"
#include "lint/config_loader.h"
#include "lint/config_override.h"
#include "lint/rule_examples.h"
#include "lint/rule_pack.h"
#include "rules/families.h"

namespace maillint {
namespace {

struct RulesOptions {
  std::string config_path;
  std::vector<std::string> settings;  // --set key=value
  std::string family;                 // list --family
  std::string id;                     // show ID
  std::string dir;                    // test [DIR]
};

Result<Config> LoadRulesConfig(const RulesOptions& o) {
  Result<Config> config = LoadConfig(o.config_path);
  if (!config) return config;
  for (const std::string& s : o.settings) {
    if (Status st = ApplyConfigAssignment(*config, s); !st.ok()) return st;
  }
  return config;
}

// Built-ins plus the configured packs; prints errors.
Result<Config> LoadRegistry(const RulesOptions& o, RuleRegistry& registry) {
  Result<Config> config = LoadRulesConfig(o);
  if (!config) {
    std::cerr << "maillint: " << config.error().message() << "\n";
    return config;
  }
  AddBuiltinRules(registry);
  if (Status s = AddConfiguredRules(*config, registry); !s.ok()) {
    std::cerr << "maillint: " << s.message() << "\n";
    return s;
  }
  return config;
}

int ListRules(const RulesOptions& o) {
  RuleRegistry registry;
  if (!LoadRegistry(o, registry)) return kExitUsage;
  std::vector<const RuleInfo*> infos;
  std::set<std::string> families;
  for (const RuleEntry& e : registry.entries()) {
    families.insert(e.info.family());
    if (o.family.empty() || e.info.family() == o.family)
      infos.push_back(&e.info);
  }
  if (!o.family.empty() && families.count(o.family) == 0) {
    std::string hint =
        ClosestMatch(o.family, {families.begin(), families.end()});
    std::cerr << "maillint: unknown rule family '" << o.family << "'"
              << (hint.empty() ? "" : "; did you mean '" + hint + "'?") << "\n";
    return kExitUsage;
  }
  std::sort(infos.begin(), infos.end(),
            [](const RuleInfo* a, const RuleInfo* b) { return a->id < b->id; });
  size_t width = 2;
  for (const RuleInfo* i : infos) width = std::max(width, i->id.size());
  for (const RuleInfo* i : infos) {
    std::string id = i->id + std::string(width - i->id.size(), ' ');
    std::string level = SeverityName(i->default_severity);
    std::string kind = i->kind;
    std::cout << id << "  " << level << std::string(7 - level.size(), ' ')
              << "  " << kind
              << std::string(kind.size() < 14 ? 14 - kind.size() : 0, ' ')
              << "  " << i->summary << "\n";
  }
  return kExitOk;
}

void PrintExamples(const char* title, const std::vector<std::string>& texts) {
  if (texts.empty()) return;
  std::cout << "\n" << title << ":\n";
  for (const std::string& t : texts) std::cout << "  - " << t << "\n";
}

int ShowRule(const RulesOptions& o) {
  RuleRegistry registry;
  Result<Config> config = LoadRegistry(o, registry);
  if (!config) return kExitUsage;
  const RuleEntry* entry = registry.Find(o.id);
  if (entry == nullptr) {
    std::string hint = registry.Suggest(o.id);
    std::cerr << "maillint: unknown rule '" << o.id << "'"
              << (hint.empty() ? "" : "; did you mean '" + hint + "'?") << "\n";
    return kExitUsage;
  }
  const RuleInfo& i = entry->info;
  std::cout << i.id << ": " << i.summary << "\n\n"
            << "level:    " << SeverityName(i.default_severity) << "\n"
            << "kind:     " << i.kind << "\n";
  if (!i.standard.empty()) std::cout << "standard: " << i.standard << "\n";
  std::cout << "source:   " << (i.source.empty() ? "built-in" : i.source)
            << "\n";
  std::ifstream page(RuleDocPath(i.id));
  if (page) {
    std::stringstream text;
    text << page.rdbuf();
    std::cout << "\n" << text.str();
  } else if (!i.doc.empty()) {
    std::cout << "\n" << i.doc << "\n";
  }
  PrintExamples("fires on", i.fire_examples);
  PrintExamples("stays silent on", i.silent_examples);
  return kExitOk;
}

// Prints one rule's example outcomes; returns the number of failures.
int ReportExamples(const RuleEntry& entry, const Config& config,
                   int* examples) {
  std::vector<ExampleOutcome> outcomes = RunExamples(entry, config);
  int failures = 0;
  for (const ExampleOutcome& o : outcomes) {
    ++*examples;
    if (o.passed) continue;
    ++failures;
    std::cout << "FAIL " << entry.info.id << ": "
              << (o.should_fire ? "fire" : "silent") << " example " << o.index
              << (o.should_fire ? " gave no finding" : " gave a finding")
              << ": \"" << o.text << "\"";
    if (!o.findings.empty())
      std::cout << " (" << o.findings.front().message << ")";
    std::cout << "\n";
  }
  if (failures == 0 && !outcomes.empty()) {
    std::cout << "ok   " << entry.info.id << " (" << outcomes.size()
              << " examples)\n";
  }
  return failures;
}

int TestRules(const RulesOptions& o) {
  RuleRegistry registry;
  Result<Config> config = Config();
  if (o.dir.empty()) {
    config = LoadRegistry(o, registry);
    if (!config) return kExitUsage;
  } else {
    config = LoadRulesConfig(o);
    std::vector<std::string> warnings;
    Status s =
        config ? AddRuleFolders({o.dir}, registry, &warnings) : config.error();
    for (const std::string& w : warnings)
      std::cerr << "maillint: warning: " << w << "\n";
    if (!s.ok()) {
      std::cerr << "maillint: " << s.message() << "\n";
      return kExitUsage;
    }
  }
  int failures = 0, examples = 0, rules = 0;
  for (const RuleEntry& e : registry.entries()) {
    if (e.info.fire_examples.empty() && e.info.silent_examples.empty())
      continue;
    ++rules;
    failures += ReportExamples(e, *config, &examples);
  }
  std::cout << rules << " rules, " << examples << " examples, " << failures
            << (failures == 1 ? " failure" : " failures") << "\n";
  return failures == 0 ? kExitOk : kExitFindings;
}

}  // namespace

void RegisterRulesCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<RulesOptions>();
  CLI::App* cmd = app.add_subcommand("rules");
  cmd->require_subcommand(1);
  auto add_config_options = [o](CLI::App* c) {
    c->add_option("--config", o->config_path, "configuration file");
    c->add_option("--set", o->settings, "override a config key: key=value");
  };
  add_config_options(cmd);
  CLI::App* list =
      cmd->add_subcommand("list", "id, level, kind and summary of every rule");
  list->add_option("--family", o->family, "only this family");
  add_config_options(list);
  list->callback([o, exit_code] { *exit_code = ListRules(*o); });
  CLI::App* show =
      cmd->add_subcommand("show", "a rule's documentation and examples");
  show->add_option("id", o->id, "rule id, e.g. tone.blame")->required();
  add_config_options(show);
  show->callback([o, exit_code] { *exit_code = ShowRule(*o); });
  CLI::App* test = cmd->add_subcommand("test", "run every rule's own examples");
  test->add_option("dir", o->dir,
                   "a rule folder (default: every configured rule)");
  add_config_options(test);
  test->callback([o, exit_code] { *exit_code = TestRules(*o); });
}

}  // namespace maillint
