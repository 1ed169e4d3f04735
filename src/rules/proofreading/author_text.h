// AuthorText: the parts of a message that proofreading and language rules
// judge, and the quoted original they compare against.
//
// The author's words are the greeting, new-text and closing segments of
// Message::anatomy. Inside them, as a second line of defence against a
// segmenter miss, lines that still look quoted are left out: lines starting
// with '>' and everything from a reply header ("On ... wrote:",
// "El ... escribió:", "-----Original Message-----", an Outlook
// "From:/Sent:" block), a signature delimiter ("-- ") or a patch separator
// ("---") to the end of the segment.
//
// Thread-safe (pure functions of the message).
#ifndef MAILLINT_SRC_RULES_PROOFREADING_AUTHOR_TEXT_H_
#define MAILLINT_SRC_RULES_PROOFREADING_AUTHOR_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "mail/message.h"
#include "rules/proofreading/text_units.h"

namespace maillint {

struct AuthorText {
  // Byte ranges of the author's own words in Message::body.text, in order,
  // each a run of whole lines without the final '\n'.
  std::vector<TextUnit> spans;
  // The quoted original's text without quote markers: Anatomy::original
  // when the segmenter found it, else the quote segments and the lines the
  // fallback above set aside.
  std::string quoted;
  // All author spans joined with "\n\n" (for language detection and
  // statistics; offsets do not map back to the body).
  std::string joined;
  size_t word_count = 0;  // ICU words in the spans
};

AuthorText ExtractAuthorText(const Message& message);

// True when `line` opens a quoted reply (attribution or Outlook header).
bool IsReplyHeaderLine(std::string_view line);

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_AUTHOR_TEXT_H_
