// Running a rule's own examples (RuleInfo::fire_examples / silent_examples),
// as `maillint rules test` and the registry test do.
//
// An example is either a whole message (text starting with a header block,
// "Header: value" lines then a blank line), parsed like any input; or a
// phrase, which becomes a headerless message whose body is the phrase and
// whose anatomy marks it as every body scope at once (greeting, new-text,
// closing, signature, quote) with the first line as subject: "this text,
// in the rule's scope". A fire example must give at least one finding of
// the rule; a silent example none.
#ifndef MAILLINT_SRC_LINT_RULE_EXAMPLES_H_
#define MAILLINT_SRC_LINT_RULE_EXAMPLES_H_

#include <string>
#include <vector>

#include "base/config.h"
#include "lint/rule_registry.h"
#include "mail/message.h"

namespace maillint {

// A rule example (or a test's message) with the anatomy it is read with.
struct Example {
  Message message;
  Anatomy anatomy;
};

// A full message when `text` looks like one (parsed and segmented), else a
// bare text that is every scope at once (greeting, new text, closing,
// signature and quote), so an example phrase fires wherever a rule looks.
Example ExampleMessage(const std::string& text);

struct ExampleOutcome {
  bool should_fire = true;
  int index = 0;  // 1-based within its list
  std::string text;
  std::vector<Finding> findings;  // of this rule only
  bool passed = false;
};

// Runs every example of `entry` with a rule built from `config`.
std::vector<ExampleOutcome> RunExamples(const RuleEntry& entry,
                                        const Config& config);

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_RULE_EXAMPLES_H_
