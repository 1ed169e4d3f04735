// Finds the closing, signature and disclaimer at the end of a block of the
// author's own lines.
//
// Signature: a delimiter line ("-- ", "--", "__", "—") followed by a short
// signature-like block (any length after the standard "-- "); else a
// sign-off line ("Best regards,") followed by at most 14 short lines
// (name, title, phone, email, address); else final paragraphs of
// name/title/contact lines. A "-Name" line ending the block is its closing
// (a sign-off by name, not a signature). A "P.S." below them is the
// author's text again. Disclaimer: "Sent from my iPhone"
// style lines and confidentiality/legal paragraphs at the very end.
// Thread-safe.
#ifndef MAILLINT_SRC_ANATOMY_SIGNATURE_DETECTOR_H_
#define MAILLINT_SRC_ANATOMY_SIGNATURE_DETECTOR_H_

#include <cstddef>
#include <string>
#include <vector>

#include "anatomy/text_lines.h"

namespace maillint::anatomy {

constexpr size_t kNoLine = static_cast<size_t>(-1);

struct BlockTail {
  size_t closing = kNoLine;     // the sign-off line
  size_t signature = kNoLine;   // first line of the signature
  size_t disclaimer = kNoLine;  // first line of the disclaimer
  size_t postscript = kNoLine;  // "P.S." below the closing or signature
};

// Looks at lines [first, last] (inclusive). Lines are the author's own.
// `opens_message`: the block is the first of the author's blocks (a
// delimiter on its first line is then not a signature).
BlockTail FindBlockTail(const std::vector<TextLine>& lines, size_t first,
                        size_t last, bool opens_message);

// True for a single-line "Sent from my iPhone" style footer.
bool IsMobileFooter(std::string_view line);

}  // namespace maillint::anatomy

#endif  // MAILLINT_SRC_ANATOMY_SIGNATURE_DETECTOR_H_
