// RuleRegistry: every rule maillint knows, built-in and declarative.
//
// Built-in families add their rules in one explicit list
// (rules/all_rules.cc calls Add<Family>Rules for each family). Declarative
// rules from YAML files are added with AddDeclarative(). Instantiate() then
// builds the rules a configuration selects.
//
// Not thread-safe while being filled; const methods may be called
// concurrently afterwards.
#ifndef MAILLINT_SRC_LINT_RULE_REGISTRY_H_
#define MAILLINT_SRC_LINT_RULE_REGISTRY_H_

#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "lint/rule.h"

namespace maillint {

struct RuleEntry {
  RuleInfo info;
  RuleFactory factory;
};

class RuleRegistry {
 public:
  // Adds built-in rule T, which must provide `static RuleInfo Info()` and a
  // constructor taking `const RuleContext&`.
  template <typename T>
  void Add() {
    AddEntry(T::Info(), [](const RuleContext& ctx) -> std::unique_ptr<Rule> {
      return std::make_unique<T>(ctx);
    });
  }
  // Adds a rule with an explicit factory (declarative rules). A later entry
  // with the same id replaces the earlier one (user rules override packs).
  void AddEntry(RuleInfo info, RuleFactory factory);

  const std::vector<RuleEntry>& entries() const { return entries_; }
  const RuleEntry* Find(std::string_view id) const;
  // Closest known id to `id` by edit distance, or "" if none is close.
  std::string Suggest(std::string_view id) const;

  // Builds every rule that `config` selects, with severities applied.
  // Fails with kInvalidConfig when the config names an unknown rule id or
  // a rules.select glob matches no rule (a misspelt family would otherwise
  // silently run nothing).
  Result<std::vector<std::unique_ptr<Rule>>> Instantiate(
      const Config& config) const;

 private:
  Status CheckSelection(const Config& config) const;

  std::vector<RuleEntry> entries_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_RULE_REGISTRY_H_
