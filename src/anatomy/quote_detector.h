// Pass 1 of the segmenter: which lines are quoted history.
//
// Walks the lines top to bottom. `>` lines are quotes (any depth). At an
// attribution ("On ... wrote:", Outlook header block, "-----Original
// Message-----"), the history starts: when `>` lines follow, only they are
// quotes and every unquoted block between them is the author's text
// (interleaved replies); otherwise everything below is the unmarked
// original (Outlook style), in which nested attributions are still labelled.
// A forwarded-message marker makes the rest a forwarded message. An HTML
// quote cut (HtmlQuoteCut, from the renderer's quote marks) makes
// everything from that offset history.
// Thread-safe.
#ifndef MAILLINT_SRC_ANATOMY_QUOTE_DETECTOR_H_
#define MAILLINT_SRC_ANATOMY_QUOTE_DETECTOR_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "anatomy/anatomy.h"
#include "anatomy/attribution_parser.h"
#include "anatomy/text_lines.h"
#include "mail/message.h"

namespace maillint::anatomy {

struct LineRole {
  bool history = false;  // false: the author's line (or blank)
  SegmentType type = SegmentType::kNewText;  // when history
  int depth = 0;                             // quote depth when history
  // For a line the author shares with an attribution ("reply On ... wrote:")
  // or with an HTML cut: bytes before `split` are the author's.
  size_t split = 0;
};

struct HistoryMap {
  std::vector<LineRole> roles;                 // one per line
  std::vector<AttributionMatch> attributions;  // in document order
};

constexpr size_t kNoOffset = static_cast<size_t>(-1);

// Where quoted history starts in `text` (an HTML body's rendering) by its
// quote marks (mail/message.h): the first mark that is a container, or an
// <hr> whose next non-blank line is a From:/Date: header field; kNoOffset
// when none is.
size_t HtmlQuoteCut(const std::vector<QuoteMark>& marks, std::string_view text);

// `cut` is the byte offset where an HTML quote container starts, or
// kNoOffset (HtmlQuoteCut).
HistoryMap FindHistory(const std::vector<TextLine>& lines, size_t cut);

}  // namespace maillint::anatomy

#endif  // MAILLINT_SRC_ANATOMY_QUOTE_DETECTOR_H_
