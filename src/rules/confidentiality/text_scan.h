// Regex scanning helpers shared by the confidentiality detectors: RE2 match
// iteration with byte offsets, keyword windows around a match, and the
// Detection record every detector returns. Thread-safe.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_TEXT_SCAN_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_TEXT_SCAN_H_

#include <re2/re2.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace maillint::confidentiality {

// One sensitive value found in a text.
struct Detection {
  size_t begin = 0;  // byte range of the value in the scanned text
  size_t end = 0;
  std::string what;  // e.g. "Social Security number", "Visa card number"
  bool has_keyword = false;  // a context keyword was near (higher confidence)
};

// Match groups of one RE2 match: groups[0] is the whole match; an unmatched
// optional group is an empty view with data() == nullptr.
using MatchGroups = std::vector<std::string_view>;

// Calls `fn` for every non-overlapping match of `re` in `text`, left to
// right. `re` must be case-insensitive itself if it needs to be.
void ForEachMatch(const RE2& re, std::string_view text,
                  const std::function<void(const MatchGroups&)>& fn);

// Byte offset of `part` (a view into `text`) within `text`.
inline size_t OffsetIn(std::string_view text, std::string_view part) {
  return static_cast<size_t>(part.data() - text.data());
}

// True when `re` matches in the `before` bytes preceding [begin, end) or the
// `after` bytes following it. Windows stop at a blank line.
bool KeywordNear(const RE2& re, std::string_view text, size_t begin, size_t end,
                 size_t before, size_t after);

// True when the byte at `pos` (if any) is an ASCII letter, digit or '_'.
bool IsWordByte(std::string_view text, size_t pos);

// True when the code point before `begin` and the one at `end` do not make
// the digits in [begin, end) part of a longer number or word: no letter,
// digit, '_' or number punctuation ("-", "/", "." or "," followed by a
// digit) touches either side.
bool StandsAlone(std::string_view text, size_t begin, size_t end);

}  // namespace maillint::confidentiality

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_TEXT_SCAN_H_
