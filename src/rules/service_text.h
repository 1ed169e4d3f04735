// Shared helpers for the service-standards rule families (tone, courtesy,
// referral, out-of-office, signature, commitments): sentence bounds and
// recognizers for contact details. The author's own text and whether a
// message is a reply come from the analysis (CheckContext::analysis()).
//
// All patterns are RE2, compiled once (function-local statics), and
// case-insensitive unless noted. Thread-safe.
#ifndef MAILLINT_SRC_RULES_SERVICE_TEXT_H_
#define MAILLINT_SRC_RULES_SERVICE_TEXT_H_

#include <re2/re2.h>

#include <string_view>
#include <vector>

#include "analysis/analysis.h"
#include "analysis/scope_text.h"
#include "base/config.h"
#include "base/vocabulary.h"
#include "mail/message.h"

namespace maillint {

// Whether a phrase rule may judge the author's words for the absence of an
// entry of `list`: true when their language (the analysis's one reading)
// has words for that list. A rule stays silent on text in a language it has
// no vocabulary for ("unknown" is not "absent").
bool CanJudge(VocabList list, const Analysis& analysis);
// True when `text` has an entry of `list` in any language (a reply in one
// language that thanks in another still thanks).
bool MentionsAny(VocabList list, std::string_view text);

// True unless the configured organization domains show that every recipient
// is internal (staff-to-staff mail is not held to customer standards).
bool HasExternalAudience(const Message& message, const Config& config);

// Byte range [begin, end) of the sentence around `offset` in `text`:
// bounded by . ! ? followed by space, or a blank line.
std::pair<size_t, size_t> SentenceAround(std::string_view text, size_t offset);
// The paragraph (bounded by blank lines) around `offset`.
std::pair<size_t, size_t> ParagraphAround(std::string_view text, size_t offset);

// Offset of the first match of `re` in `text` at or after `from`, or npos;
// `*end` receives the match end.
size_t FindFrom(const RE2& re, std::string_view text, size_t from, size_t* end);
bool Contains(const RE2& re, std::string_view text);

// Recognizers.
const RE2& EmailPattern();  // local@domain.tld
const RE2&
PhonePattern();           // (412) 555-0142, 412-555-0142, 412.555.0142, ext. 12
const RE2& UrlPattern();  // http(s)://..., www....
// Dates and days: base/date_mentions.h (MentionsDay, FindDateMentions).

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_SERVICE_TEXT_H_
