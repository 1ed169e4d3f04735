// Attribution recognition over lines, and parsing of what it says.
//
// MatchAttributionAt() decides whether quoted history is introduced at a
// line: "On ... wrote:" (also wrapped over up to five lines, or sharing a
// line with reply text), date-first Gmail lines, Outlook header blocks with
// an optional "-----Original Message-----" or "_____" rule above them, and
// forwarded-message markers. ParseAttribution() extracts author, address,
// date and subject from the matched text. Thread-safe.
#ifndef MAILLINT_SRC_ANATOMY_ATTRIBUTION_PARSER_H_
#define MAILLINT_SRC_ANATOMY_ATTRIBUTION_PARSER_H_

#include <optional>
#include <string>
#include <vector>

#include "anatomy/anatomy.h"
#include "anatomy/text_lines.h"

namespace maillint::anatomy {

enum class AttributionKind {
  kWrote,        // "On <date>, <name> wrote:" and translations
  kHeaderBlock,  // From:/Sent:/To:/Subject: block (Outlook and others)
  kSeparator,    // "-----Original Message-----" with no header block
  kForward,      // "---------- Forwarded message ---------"
};

struct AttributionMatch {
  AttributionKind kind = AttributionKind::kWrote;
  size_t first = 0;  // line indexes, inclusive
  size_t last = 0;
  size_t begin = 0;  // byte offset where it starts (inside line `first`)
  // Weak evidence ("Bob wrote:"): only an attribution when `>` quoted lines
  // follow it.
  bool needs_quote_after = false;
};

// Whether an attribution starts at non-blank line `i`. Only lines at the
// same quote depth as line `i` take part (except the wrapped "> wrote:"
// tail some clients produce).
std::optional<AttributionMatch> MatchAttributionAt(
    const std::vector<TextLine>& lines, size_t i);

// Joins lines [i, i+count) with spaces, using the raw trimmed text of the
// lines after `i` so a wrapped "> wrote:" tail reads as one attribution.
std::string JoinAttributionLines(const std::vector<TextLine>& lines, size_t i,
                                 size_t count);

// Fills author_name, author_address, date_text, date_unix_seconds and
// subject of `original` from the matched lines.
void ParseAttribution(const std::vector<TextLine>& lines,
                      const AttributionMatch& match, QuotedOriginal* original);

}  // namespace maillint::anatomy

#endif  // MAILLINT_SRC_ANATOMY_ATTRIBUTION_PARSER_H_
