// Outlook's RTF bodies: decompression (MS-OXRTFCP) and the text they show.
//
// An item may carry only an RTF body (PR_RTF_COMPRESSED). The text is taken
// as a reader sees it: paragraphs and line breaks become '\n', \tab a tab,
// \'hh bytes are read as Windows-1252, \uN as Unicode (skipping the \ucN
// fallback characters). Destinations that hold no body text are skipped:
// every {\* ...} group (so the HTML tags of an encapsulated-HTML body,
// \*\htmltag, are dropped and its text kept), font, colour and style
// tables, \info, pictures and objects. Nesting deeper than kMaxRtfDepth
// groups is read as text of the outermost allowed group.
#ifndef MAILLINT_SRC_MAIL_RTF_TEXT_H_
#define MAILLINT_SRC_MAIL_RTF_TEXT_H_

#include <string>
#include <string_view>

#include "base/result.h"

namespace maillint {

inline constexpr int kMaxRtfDepth = 256;

// Decompresses PR_RTF_COMPRESSED data ("LZFu" compressed or "MELA" stored).
// An error names what is wrong; output stops at the declared raw size.
Result<std::string> DecompressRtf(std::string_view data);

// The text of an RTF document, UTF-8 with '\n' line endings.
std::string RtfToText(std::string_view rtf);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_RTF_TEXT_H_
