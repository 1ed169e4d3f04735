// What proofreading.spelling never checks, decided before any dictionary
// lookup (see doc/rules/proofreading/spelling.md for the reasons).
//
//   KnownWords(): words the message itself vouches for, lower-cased: every
//     word of its header fields (names in From/To/Cc, the subject, list and
//     mailer names) and display names, the quoted original, the
//     organization's name, the configured proofreading.words and the
//     project's school word list.
//   SkippedRanges(): byte ranges of one author span that are not prose:
//     URLs, email addresses, "quoted phrases", `code`, tokens that read as
//     code or paths (foo_bar, a/b, x=y, --flag, f(), file.txt, fn:x) and
//     whole lines that look like code, diffs, shell sessions or pasted
//     header fields ("Content-Type: ...").
//   IsCheckableWord(): word shapes that are never prose misspellings:
//     fewer than two letters, digits (codes, "3rd"), all caps (acronyms),
//     inner capitals (iPhone, McDonald), no vowel letter (abbreviations such
//     as "html", "Rgds", "pkg").
//
// Thread-safe (pure functions).
#ifndef MAILLINT_SRC_RULES_PROOFREADING_SPELLING_FILTER_H_
#define MAILLINT_SRC_RULES_PROOFREADING_SPELLING_FILTER_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "lint/config.h"
#include "mail/message.h"
#include "rules/proofreading/author_text.h"
#include "rules/proofreading/text_units.h"

namespace maillint {

std::unordered_set<std::string> KnownWords(const Message& message,
                                           const AuthorText& author,
                                           const Config& config);

// Ranges are absolute offsets in `text`, sorted, within [span.begin, span.end).
std::vector<TextUnit> SkippedRanges(std::string_view text, TextUnit span);

bool IsCheckableWord(std::string_view word);

// True when [begin, end) overlaps a range of `sorted_ranges`.
bool Overlaps(const std::vector<TextUnit>& sorted_ranges, size_t begin,
              size_t end);

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_SPELLING_FILTER_H_
