// Skipped ranges: the parts of the author's own text that are not prose.
//
// SkippedRanges() returns the byte ranges of one own-text span that no
// prose rule (spelling, capitalization, repeated words, punctuation,
// brackets, missing attachments) should read: URLs, email addresses,
// "quoted phrases", `code`, tokens that read as code or paths (foo_bar, a/b,
// x=y, --flag, f(), file.txt, fn:x) and whole lines that look like code,
// diffs, shell sessions or pasted header fields ("Content-Type: ...").
// The analysis (analysis/analysis.h) computes them once per span; rules read
// them from there.
//
// Thread-safe (pure functions).
#ifndef MAILLINT_SRC_ANALYSIS_SKIP_RANGES_H_
#define MAILLINT_SRC_ANALYSIS_SKIP_RANGES_H_

#include <string_view>
#include <vector>

#include "analysis/text_units.h"

namespace maillint {

// Ranges are absolute offsets in `text`, sorted, within [span.begin, span.end).
std::vector<TextUnit> SkippedRanges(std::string_view text, TextUnit span);

// True when [begin, end) overlaps a range of `sorted_ranges`.
bool Overlaps(const std::vector<TextUnit>& sorted_ranges, size_t begin,
              size_t end);

}  // namespace maillint

#endif  // MAILLINT_SRC_ANALYSIS_SKIP_RANGES_H_
