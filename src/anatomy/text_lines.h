// TextLines: a body split into lines with byte offsets and `>` quote depth.
//
// The building block of the segmenter: every recognizer works on these lines
// so that segments keep exact byte spans into Message::body.text.
//
// Quote markers: any run of '>' characters, optionally separated by spaces
// ("> > text", ">>text"), at the start of the line (after up to 3 spaces).
// Thread-safe (pure functions).
#ifndef MAILLINT_SRC_ANATOMY_TEXT_LINES_H_
#define MAILLINT_SRC_ANATOMY_TEXT_LINES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace maillint::anatomy {

struct TextLine {
  size_t begin = 0;       // first byte of the line in the text
  size_t end = 0;         // one past the last byte, excluding "\r\n"/"\n"
  int depth = 0;          // number of '>' quote markers
  std::string_view text;  // the whole line, without its line ending
  std::string_view body;  // after quote markers, trimmed (may be empty)
  bool blank() const { return body.empty(); }
};

std::vector<TextLine> SplitTextLines(std::string_view text);

// Counts the quote markers at the start of `line`; sets `*rest` to what
// follows them (untrimmed).
int QuoteDepth(std::string_view line, std::string_view* rest);

// Trims ASCII whitespace plus U+00A0 (NBSP) at both ends.
std::string_view TrimSpace(std::string_view s);

// Joins the bodies of lines [first, last] with single spaces.
std::string JoinBodies(const std::vector<TextLine>& lines, size_t first,
                       size_t last);

// Collapses all whitespace runs to one space and trims (for comparisons).
std::string NormalizeSpace(std::string_view s);

}  // namespace maillint::anatomy

#endif  // MAILLINT_SRC_ANATOMY_TEXT_LINES_H_
