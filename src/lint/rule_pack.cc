#include "lint/rule_pack.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "base/text.h"
#include "lint/pattern_rule.h"
#include "lint/rule_file.h"

namespace fs = std::filesystem;

namespace maillint {
namespace {

bool IsRuleFile(const fs::path& p) {
  return p.extension() == ".yml" || p.extension() == ".yaml";
}

// The entries of `dir`, sorted; an unreadable folder is an error (a rule
// pack that silently loads nothing would pass every message).
Status SortedEntries(const fs::path& dir, std::vector<fs::path>* out) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    out->push_back(it->path());
  }
  if (ec) {
    return Status::InvalidConfig(
        dir.string(), 0, 0, "cannot read the rule folder: " + ec.message());
  }
  std::sort(out->begin(), out->end());
  return Status::Ok();
}

// A rule file unless it is a folder: files that are not regular (symlink
// loops, dangling links, FIFOs, devices) are handed to ReadRuleFile, which
// refuses them with the reason instead of skipping them unseen.
bool IsRuleFileEntry(const fs::path& p) {
  std::error_code ec;
  return IsRuleFile(p) && !fs::is_directory(p, ec);
}

using RuleFiles = std::vector<std::pair<std::string, std::string>>;

// (family, file) pairs under `dir`.
Status RuleFilesIn(const fs::path& dir, RuleFiles* files) {
  std::error_code ec;
  std::string own_family = RuleNameFromStem(dir.filename().string());
  std::vector<fs::path> entries;
  if (Status s = SortedEntries(dir, &entries); !s.ok()) return s;
  for (const fs::path& entry : entries) {
    if (IsRuleFileEntry(entry)) {
      files->emplace_back(own_family, entry.string());
    } else if (fs::is_directory(entry, ec)) {
      std::string family = RuleNameFromStem(entry.filename().string());
      std::vector<fs::path> inner;
      if (Status s = SortedEntries(entry, &inner); !s.ok()) return s;
      for (const fs::path& file : inner) {
        if (IsRuleFileEntry(file)) files->emplace_back(family, file.string());
      }
    }
  }
  return Status::Ok();
}

std::string ExecutableDir() {
  char buffer[4096];
  ssize_t n = readlink("/proc/self/exe", buffer, sizeof(buffer) - 1);
  if (n <= 0) return "";
  return fs::path(std::string(buffer, static_cast<size_t>(n)))
      .parent_path()
      .string();
}

// Where a config value came from, for an error; the config file otherwise.
Status ConfigError(const Config& config, const std::string& key,
                   const std::string& message) {
  auto it = config.sources.find(key);
  std::string where = it != config.sources.end()   ? it->second
                      : config.source_path.empty() ? "configuration"
                                                   : config.source_path;
  return Status::InvalidConfig(where, 0, 0, message);
}

std::vector<std::string> KnownIds(const RuleRegistry& registry) {
  std::vector<std::string> ids;
  for (const RuleEntry& e : registry.entries()) ids.push_back(e.info.id);
  return ids;
}

std::string DidYouMean(std::string_view word,
                       const std::vector<std::string>& known) {
  std::string hint = ClosestMatch(word, known);
  return hint.empty() ? "" : "; did you mean '" + hint + "'?";
}

}  // namespace

std::string DefaultPackDir() {
  if (const char* env = std::getenv("MAILLINT_RULES_DIR"); env && *env)
    return env;
  std::error_code ec;
  std::string exe = ExecutableDir();
  if (!exe.empty()) {
    fs::path installed = fs::path(exe) / ".." / "share" / "maillint" / "rules";
    if (fs::is_directory(installed, ec))
      return installed.lexically_normal().string();
  }
  return MAILLINT_RULES_DIR;
}

std::string RuleDocPath(const std::string& id) {
  size_t dot = id.find('.');
  fs::path root = fs::path(DefaultPackDir()).parent_path() / "doc" / "rules";
  return (root / id.substr(0, dot) / (id.substr(dot + 1) + ".md")).string();
}

Status AddRuleFolders(const std::vector<std::string>& dirs,
                      RuleRegistry& registry,
                      std::vector<std::string>* warnings) {
  std::vector<RuleSpec> specs;
  for (const std::string& dir : dirs) {
    RuleFiles files;
    if (Status s = RuleFilesIn(dir, &files); !s.ok()) return s;
    for (const auto& [family, file] : files) {
      Result<RuleFileResult> read = ReadRuleFile(file, family);
      if (!read) return read.error();
      if (!read->spec) {
        std::string id =
            family + "." + RuleNameFromStem(fs::path(file).stem().string());
        warnings->push_back(file + ": rule " + id +
                            " skipped: " + read->skip_reason);
        continue;
      }
      specs.push_back(std::move(*read->spec));
    }
  }
  return AddRuleSpecs(std::move(specs), dirs.empty() ? "rules" : dirs.front(),
                      registry);
}

Status AddRuleSpecs(std::vector<RuleSpec> specs, const std::string& where,
                    RuleRegistry& registry) {
  auto index = std::make_shared<PatternIndex>();
  std::vector<std::shared_ptr<CompiledRule>> compiled;
  for (RuleSpec& spec : specs) {
    Result<std::shared_ptr<CompiledRule>> rule =
        CompileRule(std::move(spec), *index);
    if (!rule) return rule.error();
    compiled.push_back(std::move(rule.value()));
  }
  if (Status s = index->Compile(); !s.ok()) {
    return Status::InvalidConfig(where, 0, 0, s.message());
  }
  std::shared_ptr<const PatternIndex> shared = index;
  for (const auto& rule : compiled) {
    RuleInfo info = PatternRuleInfo(rule->spec);
    registry.AddEntry(info, [info, rule, shared](const RuleContext&) {
      return std::make_unique<PatternRule>(info, rule, shared);
    });
  }
  return Status::Ok();
}

Status AddRulePacks(const Config& config, RuleRegistry& registry) {
  std::vector<std::string> dirs;
  std::error_code ec;
  for (const std::string& pack : config.rules.packs) {
    if (pack != "default") {
      return ConfigError(config, "rules.packs",
                         "unknown rule pack '" + pack + "'" +
                             DidYouMean(pack, {"default"}) +
                             " (add your own folders under rules.paths)");
    }
    dirs.push_back(DefaultPackDir());
  }
  for (const std::string& path : config.rules.paths) {
    if (!fs::is_directory(path, ec)) {
      std::string why = ec                     ? ec.message()
                        : fs::exists(path, ec) ? "not a folder"
                                               : "does not exist";
      return ConfigError(config, "rules.paths",
                         "rule folder '" + path + "': " + why);
    }
    dirs.push_back(path);
  }
  std::vector<std::string> warnings;
  if (Status s = AddRuleFolders(dirs, registry, &warnings); !s.ok()) return s;
  for (const std::string& w : warnings)
    std::cerr << "maillint: warning: " << w << "\n";
  return CheckRuleReferences(config, registry);
}

Status CheckRuleReferences(const Config& config, const RuleRegistry& registry) {
  std::vector<std::string> ids = KnownIds(registry);
  for (const auto& [id, level] : config.rules.severity) {
    if (registry.Find(id) == nullptr) {
      return ConfigError(config, "rules.severity." + id,
                         "unknown rule '" + id + "'" + DidYouMean(id, ids));
    }
  }
  for (const auto& [id, options] : config.rules.options) {
    if (options.empty()) continue;
    const RuleEntry* entry = registry.Find(id);
    std::string first_key =
        "rules.options." + id + "." + options.begin()->first;
    if (entry == nullptr) {
      return ConfigError(config, first_key,
                         "unknown rule '" + id + "'" + DidYouMean(id, ids));
    }
    RuleContext context(config, id);
    std::unique_ptr<Rule> rule = entry->factory(context);
    std::vector<std::string> known;
    for (const auto& [name, value] : context.options_read())
      known.push_back(name);
    for (const auto& [name, value] : options) {
      if (context.options_read().count(name) == 0) {
        std::string message = "rule '" + id + "' has no option '" + name + "'";
        message +=
            known.empty() ? " (it takes no options)" : DidYouMean(name, known);
        return ConfigError(config, "rules.options." + id + "." + name, message);
      }
    }
    if (!context.option_errors().empty()) {
      return ConfigError(config, first_key, context.option_errors().front());
    }
  }
  return Status::Ok();
}

}  // namespace maillint
