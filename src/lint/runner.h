// Runner: parses, segments and checks messages, on all cores, in order.
//
// For each raw message: ParseMessage -> one Analysis (anatomy and the parts
// rules share, analysis/analysis.h) -> every applicable rule -> Locate
// findings -> verdict. Messages are processed by `jobs`
// worker threads with a bounded window of in-flight messages (memory stays
// flat) and handed to the reporter in input order.
//
// One bad message never stops the run: a parse failure or an exception
// escaping a rule becomes that message's `error` status or an
// `input.internal-error` finding, and the next message is checked.
#ifndef MAILLINT_SRC_LINT_RUNNER_H_
#define MAILLINT_SRC_LINT_RUNNER_H_

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "analysis/analysis.h"
#include "base/config.h"
#include "base/line_index.h"
#include "lint/message_result.h"
#include "lint/rule.h"
#include "lint/rule_costs.h"
#include "mail/input.h"
#include "mail/mime_parser.h"

namespace maillint {

struct RunOptions {
  int jobs = 0;  // 0 = number of cores
  InputOptions input;
  ParseOptions parse;
  // Completes the headers of every parsed message before anything reads it
  // (`check --to/--subject/--in-reply-to` for plain-text drafts).
  std::function<void(Message&)> amend;
  // The message being answered, when the caller knows it
  // (`check --in-reply-to`): stands in for a quote the draft lacks.
  std::optional<QuotedOriginal> known_original;
  // When set, the time of every rule and of the anatomy is added here
  // (`check --profile-rules`).
  std::shared_ptr<RuleCosts> costs;
  // Applied to every result before its verdict (used by `check --baseline`
  // to hide known findings, lint/baseline.h). Inline ignore comments
  // (lint/ignore_comments.h) are applied before it, always.
  std::function<void(MessageResult&)> post_check;
};

class Runner {
 public:
  // `rules` are the instantiated rules (RuleRegistry::Instantiate).
  Runner(const Config& config, std::vector<std::unique_ptr<Rule>> rules,
         RunOptions options);

  // Parses one raw message (and completes a draft's headers). Fails when
  // nothing could be read.
  Result<Message> Prepare(const RawMessage& raw) const;
  // Analyses a prepared message, runs the rules and computes the verdict.
  MessageResult Check(const Message& message,
                      const ThreadView* thread = nullptr) const;
  // The same on an analysis the caller made (the audit reads it too).
  MessageResult Check(const Analysis& analysis,
                      const ThreadView* thread = nullptr) const;
  // Prepare + Check; a failed Prepare gives status kError.
  MessageResult CheckRaw(const RawMessage& raw) const;

  // Checks everything under `paths`, streaming results to `reporter`.
  RunSummary Run(const std::vector<std::string>& paths,
                 Reporter& reporter) const;

  const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
  std::vector<const RuleInfo*> rule_infos() const;

 private:
  const Config& config_;
  std::vector<std::unique_ptr<Rule>> rules_;
  RunOptions options_;
};

// Parses one raw message (no amendments, no rules). Fails when nothing could
// be read.
Result<Message> PrepareMessage(const RawMessage& raw,
                               const ParseOptions& options);

// Resolves finding.where to positions and a (masked) excerpt of at most a
// few dozen characters around the match. `body_index` (an index of
// message.body.text) saves rebuilding it for every finding of a message.
void LocateFinding(const Message& message, bool show_sensitive,
                   Finding& finding, const LineIndex* body_index = nullptr);

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_RUNNER_H_
