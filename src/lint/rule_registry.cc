#include "lint/rule_registry.h"

#include <algorithm>

#include "base/text.h"
#include "lint/rule_selection.h"

namespace maillint {

void RuleRegistry::AddEntry(RuleInfo info, RuleFactory factory) {
  for (RuleEntry& e : entries_) {
    if (e.info.id == info.id) {
      e = RuleEntry{std::move(info), std::move(factory)};
      return;
    }
  }
  entries_.push_back(RuleEntry{std::move(info), std::move(factory)});
}

const RuleEntry* RuleRegistry::Find(std::string_view id) const {
  for (const RuleEntry& e : entries_) {
    if (e.info.id == id) return &e;
  }
  return nullptr;
}

std::string RuleRegistry::Suggest(std::string_view id) const {
  std::vector<std::string> ids;
  for (const RuleEntry& e : entries_) ids.push_back(e.info.id);
  return ClosestMatch(id, ids);
}

Status RuleRegistry::CheckSelection(const Config& config) const {
  std::vector<std::string> candidates;
  for (const RuleEntry& e : entries_) {
    candidates.push_back(e.info.id);
    std::string family = e.info.family() + ".*";
    if (std::find(candidates.begin(), candidates.end(), family) ==
        candidates.end()) {
      candidates.push_back(family);
    }
  }
  for (const std::string& item : config.rules.select) {
    std::string_view glob = item;
    if (StartsWith(glob, "-")) glob.remove_prefix(1);
    bool matches = std::any_of(
        entries_.begin(), entries_.end(),
        [&](const RuleEntry& e) { return GlobMatch(glob, e.info.id); });
    if (matches) continue;
    std::string hint = ClosestMatch(glob, candidates);
    return Status::InvalidConfig(
        config.source_path.empty() ? "configuration" : config.source_path, 0, 0,
        "rules.select: '" + item + "' matches no rule" +
            (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
  }
  return Status::Ok();
}

Result<std::vector<std::unique_ptr<Rule>>> RuleRegistry::Instantiate(
    const Config& config) const {
  for (const auto& [id, level] : config.rules.severity) {
    if (Find(id) == nullptr) {
      std::string hint = Suggest(id);
      return Status::InvalidConfig(
          config.source_path.empty() ? "configuration" : config.source_path, 0,
          0,
          "unknown rule '" + id + "'" +
              (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    }
  }
  if (Status s = CheckSelection(config); !s.ok()) return s;
  RuleSelection selection(config.rules.select);
  std::vector<std::unique_ptr<Rule>> rules;
  for (const RuleEntry& e : entries_) {
    auto level = config.rules.severity.find(e.info.id);
    if (level != config.rules.severity.end() && level->second == "off")
      continue;
    if (!selection.Selects(e.info.id)) continue;
    RuleContext context(config, e.info.id);
    std::unique_ptr<Rule> rule = e.factory(context);
    if (!context.option_errors().empty()) {
      return Status::InvalidConfig(
          config.source_path.empty() ? "configuration" : config.source_path, 0,
          0, context.option_errors().front());
    }
    if (level != config.rules.severity.end()) {
      if (auto s = ParseSeverity(level->second)) rule->set_severity(*s);
    }
    rules.push_back(std::move(rule));
  }
  return rules;
}

}  // namespace maillint
