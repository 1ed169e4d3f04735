// OwnText: the author's own words in a message, and the quoted original
// they answer. Part of the analysis (analysis/analysis.h); rules read it from
// there.
//
// The author's words are the greeting, new-text and closing segments of
// the anatomy. Inside them, as a second line of defence against a
// segmenter miss, lines that still look quoted are left out: lines starting
// with '>' and everything from a reply header ("On ... wrote:",
// "El ... escribió:", "-----Original Message-----", an Outlook
// "From:/Sent:" block), a signature delimiter ("-- ") or a patch separator
// ("---") to the end of the segment.
//
// Thread-safe (pure functions of the message).
#ifndef MAILLINT_SRC_ANALYSIS_OWN_TEXT_H_
#define MAILLINT_SRC_ANALYSIS_OWN_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "analysis/text_units.h"
#include "anatomy/anatomy.h"
#include "mail/message.h"

namespace maillint {

struct OwnText {
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
  size_t word_count = 0;  // ICU words in the spans (set by the analysis)
};

// Everything but word_count, from the message and its anatomy.
OwnText ExtractOwnText(const Message& message, const Anatomy& anatomy);

// True when `line` opens a quoted reply (attribution or Outlook header).
bool IsReplyHeaderLine(std::string_view line);

}  // namespace maillint

#endif  // MAILLINT_SRC_ANALYSIS_OWN_TEXT_H_
