// Inline ignore comments: a finding the writer has looked at and accepts.
//
//   maillint-ignore: RULE[=TEXT][, RULE[=TEXT]...]
//
// anywhere in the message body (a line of a plain-text draft, or an HTML
// comment such as <!-- maillint-ignore: links.homepage --> that readers never
// see) hides that message's findings of RULE (a rule id or a glob such as
// "tone.*"). With =TEXT only the findings whose matched text is TEXT
// (case-insensitive) are hidden: "proofreading.spelling=Xochitl" accepts one
// name and still checks every other word. Findings inside the comment itself
// are hidden too. input.* findings (the message could not be read as sent)
// are never hidden.
#ifndef MAILLINT_SRC_LINT_IGNORE_COMMENTS_H_
#define MAILLINT_SRC_LINT_IGNORE_COMMENTS_H_

#include <string>
#include <vector>

#include "lint/finding.h"
#include "mail/message.h"

namespace maillint {

struct IgnoreDirective {
  std::string rule_glob;
  std::string text;  // empty: every finding of the rule
};

// The directives written in `message` (body text and HTML source).
std::vector<IgnoreDirective> FindIgnoreDirectives(const Message& message);

// Removes from `findings` (located, see lint/runner.h) those the message's
// ignore comments accept.
void ApplyIgnoreComments(const Message& message,
                         std::vector<Finding>& findings);

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_IGNORE_COMMENTS_H_
