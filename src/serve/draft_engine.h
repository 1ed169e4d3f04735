// DraftEngine: the configuration and rules loaded once, checking one draft
// or message per call for the draft server.
//
// Immutable after Create(); Check() may run on many threads at once. To
// change the configuration (a word added to the user's list), build a new
// engine and swap it in (serve/service.h keeps the current one).
#ifndef MAILLINT_SRC_SERVE_DRAFT_ENGINE_H_
#define MAILLINT_SRC_SERVE_DRAFT_ENGINE_H_

#include <memory>
#include <string>
#include <vector>

#include "base/config.h"
#include "base/result.h"
#include "lint/message_result.h"
#include "lint/rule_registry.h"
#include "lint/runner.h"
#include "serve/draft.h"

namespace maillint {

struct DraftInput {
  // Exactly one of the two: a whole message (an .eml file's bytes), or the
  // plain text of a draft (with `context` for what it does not say).
  std::string message;
  std::string draft;
  DraftContext context;
};

struct CheckedDraft {
  MessageResult result;
  // The text the findings' byte offsets point into (Message::body.text),
  // with every sensitive finding's range masked unless show_sensitive.
  std::string body_text;
};

class DraftEngine {
 public:
  // Loads the rules `config` selects. Fails on a configuration error.
  static Result<std::shared_ptr<const DraftEngine>> Create(Config config);

  CheckedDraft Check(const DraftInput& input) const;
  // Checks a short English and a short Spanish draft, so that what the
  // first real request would load (dictionaries, lazily compiled patterns)
  // is loaded before the server says it is ready.
  void WarmUp() const;

  const Config& config() const { return *config_; }
  std::vector<const RuleInfo*> rule_infos() const {
    return runner_->rule_infos();
  }
  // The rule (running or not) named `id`; null when unknown.
  const RuleInfo* FindRule(const std::string& id) const;

 private:
  DraftEngine() = default;

  std::unique_ptr<Config> config_;
  RuleRegistry registry_;
  std::unique_ptr<Runner> runner_;
};

// The result of `engine` on `input` as the `check --format json` document
// (report/json_reporter.h); with `include_body`, each message also carries
// "body_text" (CheckedDraft::body_text).
std::string CheckResultJson(const DraftEngine& engine,
                            const CheckedDraft& checked, bool include_body);

}  // namespace maillint

#endif  // MAILLINT_SRC_SERVE_DRAFT_ENGINE_H_
