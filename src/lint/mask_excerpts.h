// MaskSensitiveExcerpts: keeps every excerpt of a message free of the
// sensitive values any rule found in it.
//
// An excerpt is the whole line a finding starts on, so a finding from any
// rule (a spelling or tone finding, a second confidentiality finding) can
// show a sensitive value that another finding on the same line reported.
// After all findings are located, this masks every sensitive body range
// (findings with `sensitive` set) inside every body excerpt on its line,
// with base/mask.h MaskValue. Masking keeps code-point counts, so caret
// columns stay right. Does nothing when `show_sensitive` is true.
#ifndef MAILLINT_SRC_LINT_MASK_EXCERPTS_H_
#define MAILLINT_SRC_LINT_MASK_EXCERPTS_H_

#include <string>
#include <vector>

#include "lint/finding.h"
#include "mail/message.h"

namespace maillint {

void MaskSensitiveExcerpts(const Message& message, bool show_sensitive,
                           std::vector<Finding>& findings);

// Masks every occurrence of each finding's `sensitive_value` in `subject`,
// `from` and every finding's excerpt, message and suggestion (MaskValue;
// code-point counts are kept), then clears `sensitive_value`. With
// `show_sensitive` it only clears.
void MaskSensitiveValues(bool show_sensitive, std::vector<Finding>& findings,
                         std::string& subject, std::string& from);

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_MASK_EXCERPTS_H_
