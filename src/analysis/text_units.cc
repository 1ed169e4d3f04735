#include "analysis/text_units.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <string>

namespace maillint {
namespace {

using BreakIteratorPtr = std::unique_ptr<icu::BreakIterator>;

icu::BreakIterator* ThreadWordIterator() {
  thread_local BreakIteratorPtr iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    BreakIteratorPtr it(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    return U_SUCCESS(status) ? std::move(it) : nullptr;
  }();
  return iterator.get();
}

icu::BreakIterator* ThreadSentenceIterator() {
  thread_local BreakIteratorPtr iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    BreakIteratorPtr it(icu::BreakIterator::createSentenceInstance(
        icu::Locale("en@ss=standard"), status));
    return U_SUCCESS(status) ? std::move(it) : nullptr;
  }();
  return iterator.get();
}

// Calls `visit(begin, end, rule_status)` for each unit `it` finds in `text`.
template <typename Visit>
void ForEachUnit(icu::BreakIterator* it, std::string_view text, Visit visit) {
  if (it == nullptr || text.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(),
                                static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return;
  it->setText(utext, status);
  if (U_SUCCESS(status)) {
    int32_t begin = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE;
         begin = end, end = it->next()) {
      visit(static_cast<size_t>(begin), static_cast<size_t>(end),
            it->getRuleStatus());
    }
  }
  // Detach the iterator from the UText before closing it.
  UText empty = UTEXT_INITIALIZER;
  UErrorCode ignored = U_ZERO_ERROR;
  utext_openUTF8(&empty, "", 0, &ignored);
  it->setText(&empty, ignored);
  utext_close(utext);
  utext_close(&empty);
}

bool IsListItemStart(std::string_view rest) {
  size_t i = rest.find_first_not_of(" \t");
  if (i == std::string_view::npos) return false;
  rest.remove_prefix(i);
  if (rest.size() >= 2 && (rest[0] == '-' || rest[0] == '*') &&
      rest[1] == ' ') {
    return true;
  }
  if (rest.substr(0, 3) == "\xE2\x80\xA2") return true;  // bullet
  size_t digits = 0;
  while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') {
    ++digits;
  }
  return digits > 0 && digits + 1 < rest.size() &&
         (rest[digits] == '.' || rest[digits] == ')') &&
         rest[digits + 1] == ' ';
}

// A copy of `text` where a line break inside a paragraph becomes a space.
std::string JoinWrappedLines(std::string_view text) {
  std::string joined(text);
  for (size_t i = 0; i < joined.size(); ++i) {
    if (joined[i] != '\n') continue;
    std::string_view rest = std::string_view(text).substr(i + 1);
    size_t line_end = rest.find('\n');
    std::string_view next_line = rest.substr(0, line_end);
    bool blank_next =
        next_line.find_first_not_of(" \t\r") == std::string_view::npos;
    if (!blank_next && !IsListItemStart(next_line)) joined[i] = ' ';
  }
  return joined;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

template <typename Test>
int CountCodePoints(std::string_view word, Test test) {
  int count = 0;
  int32_t i = 0;
  const int32_t size = static_cast<int32_t>(word.size());
  while (i < size) {
    UChar32 c;
    U8_NEXT(word.data(), i, size, c);
    if (c >= 0 && test(c)) ++count;
  }
  return count;
}

UChar32 FirstCodePoint(std::string_view word) {
  if (word.empty()) return -1;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
  return c;
}

}  // namespace

std::vector<TextUnit> WordUnits(std::string_view text) {
  std::vector<TextUnit> words;
  ForEachUnit(ThreadWordIterator(), text,
              [&](size_t begin, size_t end, int32_t rule_status) {
                if (rule_status != UBRK_WORD_NONE)
                  words.push_back({begin, end});
              });
  return words;
}

std::vector<TextUnit> SentenceUnits(std::string_view text) {
  std::vector<TextUnit> sentences;
  std::string joined = JoinWrappedLines(text);
  ForEachUnit(ThreadSentenceIterator(), joined,
              [&](size_t begin, size_t end, int32_t) {
                while (begin < end && IsSpace(text[begin])) ++begin;
                while (end > begin && IsSpace(text[end - 1])) --end;
                if (end > begin) sentences.push_back({begin, end});
              });
  return sentences;
}

std::span<const TextUnit> UnitsWithin(const std::vector<TextUnit>& sorted_units,
                                      size_t begin, size_t end) {
  auto first = std::lower_bound(
      sorted_units.begin(), sorted_units.end(), begin,
      [](const TextUnit& u, size_t offset) { return u.begin < offset; });
  auto last = first;
  while (last != sorted_units.end() && last->end <= end) ++last;
  return {first, last};
}

bool IsAllCaps(std::string_view word) {
  return CountCodePoints(word, [](UChar32 c) { return u_isUUppercase(c); }) >=
             2 &&
         CountCodePoints(word, [](UChar32 c) { return u_isULowercase(c); }) ==
             0;
}

bool HasDigit(std::string_view word) {
  return word.find_first_of("0123456789") != std::string_view::npos;
}

bool StartsUpper(std::string_view word) {
  UChar32 c = FirstCodePoint(word);
  return c >= 0 && u_isUUppercase(c);
}

bool StartsLower(std::string_view word) {
  UChar32 c = FirstCodePoint(word);
  return c >= 0 && u_isULowercase(c);
}

int LetterCount(std::string_view word) {
  return CountCodePoints(word, [](UChar32 c) { return u_isalpha(c) != 0; });
}

bool HasInnerCapital(std::string_view word) {
  if (IsAllCaps(word)) return false;
  int32_t i = 0;
  const int32_t size = static_cast<int32_t>(word.size());
  UChar32 c;
  U8_NEXT(word.data(), i, size, c);
  while (i < size) {
    U8_NEXT(word.data(), i, size, c);
    if (c >= 0 && u_isUUppercase(c)) return true;
  }
  return false;
}

std::string FoldCase(std::string_view text) {
  std::string out;
  icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

}  // namespace maillint
