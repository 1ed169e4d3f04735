// PatternRule: a declarative rule (lint/rule_file.h) as a Rule.
//
// ONE PASS PER SCOPE
//   All declarative rules of a run share one PatternIndex: every pattern of
//   every rule sits in the RE2::Set of each scope it applies to. For each
//   message the first declarative rule to run builds each scope's text once
//   and matches the set once (memoized in CheckContext::Memo); each rule
//   then only searches for positions of its own patterns that the set
//   reported present. Rules whose patterns are absent cost nothing more.
//
// SEMANTICS BY KIND
//   existence      every match (minus exceptions) is a finding: message %s =
//                  the match.
//   substitution   every match of a swap key is a finding with the
//                  replacement as suggestion: %s = replacement, then match.
//   occurrence     more than `max` matches: a finding at the first match
//                  over the limit; fewer than `min`: one for the scope.
//   repetition     the same token twice in a row (case-insensitive when
//                  ignorecase): a finding at the second one.
//   capitalization the scope text is not in the required case.
//   conditional    `first` occurs (in firstscope) and `second` does not occur
//                  in scope: a finding at the first match.
//   required       none of the tokens occurs in the scope: one finding (at
//                  the scope, or the message when the scope is empty).
//
// THREAD SAFETY: immutable after Compile(); Check() is reentrant.
#ifndef MAILLINT_SRC_LINT_PATTERN_RULE_H_
#define MAILLINT_SRC_LINT_PATTERN_RULE_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "analysis/scope_text.h"
#include "lint/pattern_set.h"
#include "lint/rule.h"
#include "lint/rule_file.h"

namespace maillint {

class PatternIndex {
 public:
  // Adds `regex` to the set of `scope`; returns its slot there.
  int Add(const std::string& scope, const std::string& regex);
  // Compiles every scope's set. Fails (kInvalidArgument, message only) when
  // a set exceeds its memory budget.
  Status Compile();

  struct ScopeMatches {
    const ScopeText& text;
    std::vector<bool> hits;  // by slot
  };
  // The text and set matches of `scope` for the message of `ctx`, computed
  // once per message.
  const ScopeMatches& Matches(CheckContext& ctx,
                              const std::string& scope) const;

 private:
  std::map<std::string, PatternSet> sets_;
};

// A rule's patterns, compiled, with their slots in the index.
struct CompiledRule {
  RuleSpec spec;
  std::shared_ptr<const RE2> pattern, second;
  std::vector<std::shared_ptr<const RE2>> swaps;
  std::vector<std::shared_ptr<const RE2>> exceptions;
  std::map<std::string, int> pattern_slot;  // by scope
  std::map<std::string, int> second_slot;
  std::map<std::string, std::vector<int>> swap_slots;
};

// Compiles `spec` and registers its patterns in `index`. The spec's patterns
// were validated by ReadRuleFile.
Result<std::shared_ptr<CompiledRule>> CompileRule(RuleSpec spec,
                                                  PatternIndex& index);

class PatternRule : public Rule {
 public:
  PatternRule(RuleInfo info, std::shared_ptr<const CompiledRule> rule,
              std::shared_ptr<const PatternIndex> index);
  void Check(CheckContext& ctx) const override;

 private:
  void CheckExistence(CheckContext& ctx, const std::string& scope) const;
  void CheckSubstitution(CheckContext& ctx, const std::string& scope) const;
  void CheckOccurrence(CheckContext& ctx, const std::string& scope) const;
  void CheckRepetition(CheckContext& ctx, const std::string& scope) const;
  void CheckCapitalization(CheckContext& ctx, const std::string& scope) const;
  void CheckConditional(CheckContext& ctx, const std::string& scope) const;
  void CheckRequired(CheckContext& ctx) const;
  bool IsException(std::string_view match) const;
  void ReportAt(CheckContext& ctx, Location where, std::string message,
                std::string suggestion = "") const;

  std::shared_ptr<const CompiledRule> rule_;
  std::shared_ptr<const PatternIndex> index_;
};

// RuleInfo for `spec` (kind, summary, doc, examples, source path).
RuleInfo PatternRuleInfo(const RuleSpec& spec);

// "Avoid '%s'." with args -> "Avoid 'x'."
std::string FormatRuleMessage(std::string_view message,
                              const std::vector<std::string>& args);

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_PATTERN_RULE_H_
