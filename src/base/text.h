// Small string helpers used everywhere (ASCII only; for Unicode-aware
// case folding and segmentation use ICU, see base/unicode.h).
#ifndef MAILLINT_SRC_BASE_TEXT_H_
#define MAILLINT_SRC_BASE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace maillint {

inline char AsciiLowerChar(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}
std::string AsciiLower(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
// Case-insensitive ASCII comparison.
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
// Position of the first case-insensitive (ASCII) match of `needle` in `s`
// at or after `from`, or npos.
size_t FindIgnoreCase(std::string_view s, std::string_view needle,
                      size_t from = 0);
// Removes ASCII whitespace at both ends.
std::string_view Trim(std::string_view s);
// Splits on `sep`, keeping empty pieces.
std::vector<std::string_view> Split(std::string_view s, char sep);
// True for a UTF-8 continuation byte (10xxxxxx).
inline bool IsUtf8Continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
// Number of code points in UTF-8 `s` (its non-continuation bytes).
int CodePointCount(std::string_view s);
// The last code point boundary at or before `pos` (at most s.size()), so
// that cutting `s` there keeps whole characters.
size_t Utf8Floor(std::string_view s, size_t pos);
// `s` for an error message: whole when at most `max_bytes`, else its first
// `max_bytes` (whole characters) + "... (N bytes)".
std::string ClipForMessage(std::string_view s, size_t max_bytes = 80);
// Appends code point `cp` as UTF-8 (U+FFFD for surrogates and values past
// U+10FFFF).
void AppendUtf8(uint32_t cp, std::string* out);
// Levenshtein distance, for "did you mean" suggestions.
int EditDistance(std::string_view a, std::string_view b);
// The candidate closest to `word` within a distance of max(2, |word|/3), or "".
std::string ClosestMatch(std::string_view word,
                         const std::vector<std::string>& candidates);

}  // namespace maillint

#endif  // MAILLINT_SRC_BASE_TEXT_H_
