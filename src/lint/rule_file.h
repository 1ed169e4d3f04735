// Declarative rule files: rules/<family>/<name>.yml, in the shape of Vale's
// rule files, read into a RuleSpec that pattern_rule.h turns into a Rule.
//
// FORMAT (keys; every other key is an error with a "did you mean")
//   extends:     existence | substitution | occurrence | repetition |
//                capitalization | conditional | required
//   message:     text; each %s is replaced in order (existence: the match;
//                substitution: the suggestion, then the match)
//   level:       error | warning | info (Vale's "suggestion" = info)
//   scope:       subject | greeting | new-text (default) | closing |
//                signature | quote | attachments | headers | all, or a list.
//                Vale's scopes map onto ours (text/paragraph/sentence ->
//                new-text, heading/title -> subject, blockquote -> quote).
//   tokens:      list of patterns, joined as \b(?:a|b)\b (no \b: nonword)
//   raw:         list of pattern pieces, concatenated (existence)
//   swap:        map pattern -> replacement (substitution)
//   exceptions:  list of patterns; a match that an exception matches fully
//                is ignored
//   ignorecase, nonword: booleans
//   max, min, token: occurrence; alpha: repetition; match: capitalization
//                ($title, $sentence, $lower, $upper or a pattern)
//   first, second: conditional (if first occurs, second must too);
//                firstscope: where to look for `first` (default: scope)
//   link, description, standard (e.g. "S8")
//   examples:    {fire: [...], silent: [...]}, run by `maillint rules test`
//   Vale keys with no meaning here (action, vocab, append, code, limit) are
//   accepted and ignored.
//
// ID
//   "<family>.<name>" from the path: the folder name and the file stem,
//   lower-cased, CamelCase split with '-' (Vale's write-good/TooWordy.yml ->
//   write-good.too-wordy).
//
// OUTCOMES
//   ReadRuleFile returns a RuleSpec; or a skip (Vale kinds we do not support,
//   patterns RE2 cannot compile because they use lookaround/backreferences):
//   `skip_reason` set; or kInvalidConfig naming file:line:column for bad
//   YAML, unknown keys or kinds, wrong types, malformed patterns and
//   patterns over the memory budget (lint/pattern_set.h).
#ifndef MAILLINT_SRC_LINT_RULE_FILE_H_
#define MAILLINT_SRC_LINT_RULE_FILE_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"
#include "lint/finding.h"

namespace maillint {

enum class RuleKind {
  kExistence,
  kSubstitution,
  kOccurrence,
  kRepetition,
  kCapitalization,
  kConditional,
  kRequired,
};
const char* RuleKindName(RuleKind kind);

// One regular expression, ready for RE2, with its place in the file.
struct PatternSource {
  std::string regex;
  int line = 0;  // 1-based position of the YAML node it came from
  int column = 0;
};

struct RuleSpec {
  std::string id;
  std::string path;
  RuleKind kind = RuleKind::kExistence;
  std::string message;
  Severity level = Severity::kWarning;
  std::vector<std::string> scopes = {"new-text"};
  std::vector<std::string> first_scopes;  // conditional; default = scopes
  std::string link;
  std::string description;
  std::string standard;

  // The main pattern: existence (tokens + raw), occurrence (token),
  // repetition (tokens), required (tokens), capitalization (match when it
  // is a pattern), conditional (first).
  std::optional<PatternSource> pattern;
  std::optional<PatternSource> second;  // conditional
  // substitution: pattern -> replacement, in file order.
  std::vector<std::pair<PatternSource, std::string>> swaps;
  std::vector<std::string> exceptions;  // each a full-match pattern
  int max = -1;                         // occurrence
  int min = -1;
  std::string capitalization;  // "$title", "$sentence", "$lower", "$upper"

  std::vector<std::string> fire_examples;
  std::vector<std::string> silent_examples;
};

struct RuleFileResult {
  std::optional<RuleSpec> spec;
  std::string skip_reason;  // set when the rule is skipped (with a warning)
};

// Reads `path` (under the limits of lint/yaml_util.h); `family` is the
// folder name (already a family id).
Result<RuleFileResult> ReadRuleFile(const std::string& path,
                                    const std::string& family);
// The rule file whose content is `text`, as if read from `path`.
Result<RuleFileResult> ParseRuleFile(const std::string& path,
                                     const std::string& family,
                                     std::string_view text);

// "TooWordy" -> "too-wordy", "E-Prime" -> "e-prime", "blame" -> "blame".
std::string RuleNameFromStem(std::string_view stem);

// The rule's one-line summary: the first line of its description, else its
// message with %s shown as "...".
std::string RuleSummary(const RuleSpec& spec);

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_RULE_FILE_H_
