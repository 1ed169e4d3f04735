// Rule: one check on one email.
//
// WRITING A RULE
//   Subclass Rule, read options in the constructor through RuleContext, and
//   override Check(). Report findings with Report(); it tags them with the
//   rule's id and configured severity. List the class in its family's module
//   (src/rules/<family>/<family>_module.cc); there is no static registration.
//
//     class MissingGreetingRule : public Rule {
//      public:
//       static RuleInfo Info();  // id, summary, default severity, standard
//       explicit MissingGreetingRule(const RuleContext& ctx) : Rule(Info()) {}
//       void Check(CheckContext& ctx) const override;
//     };
//
//   and in the module: registry.Add<MissingGreetingRule>();
//
// LIFETIME AND THREADS
//   The registry makes one instance per run. Check() is const and is called
//   concurrently from worker threads, one message per call; keep per-message
//   state on the stack.
//
// ERRORS
//   A bad option value is reported through RuleContext::OptionError() and the
//   documented default is used. Check() never throws; the runner turns an
//   escaped exception into an `input.internal-error` finding.
#ifndef MAILLINT_SRC_LINT_RULE_H_
#define MAILLINT_SRC_LINT_RULE_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analysis.h"
#include "base/config.h"
#include "lint/finding.h"
#include "mail/message.h"
#include "mailbox/thread_index.h"

namespace maillint {

// Static description of a rule: what `rules list/show` and SARIF print.
struct RuleInfo {
  std::string id;        // "<family>.<name>", e.g. "greeting.missing"
  std::string summary;   // one sentence, reused everywhere
  std::string standard;  // standard served, e.g. "S2" (see standards.md)
  std::string kind = "builtin";  // builtin | existence | substitution | ...
  Severity default_severity = Severity::kWarning;
  std::string doc;                           // longer Markdown documentation
  std::string source;                        // "built-in" or the rule file path
  std::vector<std::string> fire_examples;    // texts that must fire
  std::vector<std::string> silent_examples;  // texts that must stay silent

  std::string family() const { return id.substr(0, id.find('.')); }
};

// What a rule constructor may read.
class RuleContext {
 public:
  RuleContext(const Config& config, std::string rule_id);

  const Config& config() const { return config_; }
  const std::string& rule_id() const { return rule_id_; }

  // Typed option getters: "<rule-id>.<Name>" in config. On a value that does
  // not parse, record an option error and return `fallback`.
  std::string GetString(std::string_view name, std::string fallback) const;
  int GetInt(std::string_view name, int fallback) const;
  double GetDouble(std::string_view name, double fallback) const;
  bool GetBool(std::string_view name, bool fallback) const;
  std::vector<std::string> GetList(std::string_view name,
                                   std::vector<std::string> fallback) const;

  // Every option read so far with its effective value (for `config --dump`).
  const std::map<std::string, std::string>& options_read() const {
    return options_read_;
  }
  // Records a problem with an option or a setting the rule reads (e.g. an
  // invalid pattern); Instantiate() turns it into a configuration error.
  void OptionError(std::string message) const {
    option_errors_.push_back(std::move(message));
  }
  const std::vector<std::string>& option_errors() const {
    return option_errors_;
  }

 private:
  const OptionValue* Find(std::string_view name) const;

  const Config& config_;
  std::string rule_id_;
  mutable std::map<std::string, std::string> options_read_;
  mutable std::vector<std::string> option_errors_;
};

// What Check() sees for one message, and where findings go.
class CheckContext {
 public:
  CheckContext(const Analysis& analysis, const Config& config,
               const ThreadView* thread)
      : analysis_(analysis), config_(config), thread_(thread) {}

  // The one reading of the message every rule shares (analysis/analysis.h).
  const Analysis& analysis() const { return analysis_; }
  const Message& message() const { return analysis_.message(); }
  const Anatomy& anatomy() const { return analysis_.anatomy(); }
  const Config& config() const { return config_; }
  // The mailbox thread this message belongs to; null outside `audit`.
  const ThreadView* thread() const { return thread_; }

  void Add(Finding finding) { findings_.push_back(std::move(finding)); }
  std::vector<Finding>& findings() { return findings_; }

  // Per-message scratch shared by the rules checking this message, keyed by
  // its owner's address (the declarative engine keeps its one-pass pattern
  // matches here). Lives as long as this context; one thread at a time.
  std::shared_ptr<void>& Memo(const void* owner) { return memo_[owner]; }

 private:
  std::map<const void*, std::shared_ptr<void>> memo_;
  const Analysis& analysis_;
  const Config& config_;
  const ThreadView* thread_;
  std::vector<Finding> findings_;
};

class Rule {
 public:
  explicit Rule(RuleInfo info) : info_(std::move(info)) {
    severity_ = info_.default_severity;
  }
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  const RuleInfo& info() const { return info_; }
  const std::string& id() const { return info_.id; }
  Severity severity() const { return severity_; }
  void set_severity(Severity s) { severity_ = s; }

  // Whether the rule has anything to say about `message`. Default: messages
  // written by a person (not auto-replies, bulk or system mail).
  virtual bool AppliesTo(const Message& message) const;

  virtual void Check(CheckContext& ctx) const = 0;

 protected:
  // Records a finding tagged with id() and severity(); returns it so the
  // caller can add a suggestion or mark it sensitive.
  Finding& Report(CheckContext& ctx, Location where, std::string message) const;

 private:
  RuleInfo info_;
  Severity severity_;
};

using RuleFactory =
    std::function<std::unique_ptr<Rule>(const RuleContext& context)>;

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_RULE_H_
