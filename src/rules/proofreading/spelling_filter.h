// What proofreading.spelling never checks, decided before any dictionary
// lookup (see doc/rules/proofreading/spelling.md for the reasons).
//
//   KnownWords(): words the message itself vouches for, lower-cased: every
//     word of its header fields (names in From/To/Cc, the subject, list and
//     mailer names) and display names, the quoted original, the
//     organization's name, the configured proofreading.words and the
//     project's school word list.
//   Ranges that are not prose (URLs, code, ...) come from the analysis
//     (analysis/skip_ranges.h).
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

#include "analysis/analysis.h"
#include "analysis/own_text.h"
#include "analysis/skip_ranges.h"
#include "analysis/text_units.h"
#include "base/config.h"
#include "mail/message.h"

namespace maillint {

std::unordered_set<std::string> KnownWords(const Analysis& analysis,
                                           const OwnText& author,
                                           const Config& config);

bool IsCheckableWord(std::string_view word);

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_SPELLING_FILTER_H_
