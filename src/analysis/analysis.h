// Analysis: one reading of one message, shared by every rule.
//
// WHY
//   Rules used to derive their own views of a message (their own quote scan,
//   own-text join, word segmentation, language detection). The views
//   disagreed and cost most of the run. An Analysis is built once per
//   message by the runner; every rule reads the same parts.
//
// WHAT IT HOLDS
//   message()        the parse result (immutable; mail/message.h)
//   anatomy()        the reply's parts (anatomy/: the only place that decides
//                    whose words are whose), computed when the Analysis is made
//   own_text()       the author's words as runs of whole lines, with the
//                    quoted original's text
//   own_scope()      the author's words as one text mapped back to the body,
//                    hard wraps joined (analysis/scope_text.h); own_lines()
//                    keeps the line breaks
//   scope(name)      any rule scope ("subject", "quote", ...) as text
//   words(i), sentences(i), skipped(i)
//                    ICU words and sentences of own-text span i and the
//                    ranges in it that are not prose (URLs, code, ...)
//   quoted_words()   ICU words of the quoted original
//   own_language(), quoted_language()
//                    CLD2's reading of the own text and of the quote
//   people()         the people of the conversation (analysis/people.h)
//   dates(today)     dates mentioned in the own text, resolved
//   is_reply()       whether the message answers another one
//
//   Each part but the anatomy is computed the first time a rule asks and
//   then kept; the cost of a part is paid once per message whatever the
//   number of rules reading it.
//
// THREADS
//   One Analysis is read by one thread at a time (the runner checks a
//   message on one worker). The lazy parts are not locked.
#ifndef MAILLINT_SRC_ANALYSIS_ANALYSIS_H_
#define MAILLINT_SRC_ANALYSIS_ANALYSIS_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/language_detect.h"
#include "analysis/own_text.h"
#include "analysis/people.h"
#include "analysis/scope_text.h"
#include "analysis/text_units.h"
#include "anatomy/anatomy.h"
#include "base/date_mentions.h"
#include "mail/message.h"

namespace maillint {

class Analysis {
 public:
  // Segments `message`. `known_original`, when given, describes the message
  // being answered (a draft checked with --in-reply-to) and stands in for
  // the quote's own when the draft quotes nothing.
  explicit Analysis(const Message& message,
                    std::optional<QuotedOriginal> known_original = {});
  // With an anatomy decided by the caller (rule examples read a bare text as
  // every scope at once).
  Analysis(const Message& message, Anatomy anatomy);
  ~Analysis();
  Analysis(const Analysis&) = delete;
  Analysis& operator=(const Analysis&) = delete;

  const Message& message() const { return message_; }
  const Anatomy& anatomy() const { return anatomy_; }

  const OwnText& own_text() const;
  const ScopeText& own_scope() const;
  // The same words with their line breaks kept, for rules that read lines
  // (the block under a sign-off).
  const ScopeText& own_lines() const;
  const ScopeText& scope(std::string_view name) const;

  // Offsets are within the text of own_text().spans[span], as WordUnits()
  // and SentenceUnits() give them for that text.
  const std::vector<TextUnit>& words(size_t span) const;
  const std::vector<TextUnit>& sentences(size_t span) const;
  // Absolute offsets in body.text, sorted (analysis/skip_ranges.h).
  const std::vector<TextUnit>& skipped(size_t span) const;
  // Offsets within own_text().quoted.
  const std::vector<TextUnit>& quoted_words() const;

  const DetectedLanguage& own_language() const;
  const DetectedLanguage& quoted_language() const;

  const People& people() const;

  // Dates mentioned in the author's words (offsets in own_scope().text()),
  // resolved against `today` (a day number, base/date_mentions.h: the
  // message's local Date, or the caller's clock for an undated draft), with
  // numeric dates read in the order the own text's language writes them.
  const std::vector<DateMention>& dates(int64_t today) const;

  // The message answers another one: In-Reply-To/References, a quoted or
  // attributed original, or a reply prefix on the subject ("Re:", "AW:",
  // "答复:", ...: the reply_prefixes vocabulary; "RV:" is a Spanish forward).
  bool is_reply() const;

  // The text of own-text span `span`.
  std::string_view SpanText(size_t span) const;

 private:
  struct Lazy;
  const Message& message_;
  Anatomy anatomy_;
  std::unique_ptr<Lazy> lazy_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_ANALYSIS_ANALYSIS_H_
