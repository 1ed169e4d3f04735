// Rule documentation pages for the draft server: doc/rules/<family>/<name>.md
// rendered as a small self-contained HTML page (no external assets).
#ifndef MAILLINT_SRC_SERVE_RULE_DOC_PAGE_H_
#define MAILLINT_SRC_SERVE_RULE_DOC_PAGE_H_

#include <string>
#include <string_view>

#include "base/result.h"

namespace maillint {

// The page for rule `id` ("tone.blame"). Fails with kIoError when the id is
// malformed or has no documentation file.
Result<std::string> RuleDocPage(const std::string& id);

// The Markdown subset the rule docs use (headings, lists, code blocks,
// `code`, [text](link), paragraphs) as HTML.
std::string MarkdownToHtml(std::string_view markdown);

}  // namespace maillint

#endif  // MAILLINT_SRC_SERVE_RULE_DOC_PAGE_H_
