// Word and sentence boundaries of UTF-8 prose, from ICU BreakIterator.
//
// Offsets are byte offsets into the text passed in (ICU reads it through a
// UTF-8 UText, so no UTF-16 copy or offset mapping is made). Sentences are
// found on a copy in which a hard line wrap (a single '\n' inside a
// paragraph) reads as a space, so 72-column plain-text mail is not cut at
// every line end; a blank line or a list item ("- ", "* ", "1. ") still ends
// a sentence. Abbreviations such as "Mr." and "e.g." do not end one
// (ICU's "ss=standard" suppressions for English).
//
// Thread-safe: each thread keeps its own break iterators.
#ifndef MAILLINT_SRC_ANALYSIS_TEXT_UNITS_H_
#define MAILLINT_SRC_ANALYSIS_TEXT_UNITS_H_

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace maillint {

struct TextUnit {
  size_t begin = 0;  // byte range in the text given
  size_t end = 0;
};

// Words made of letters or digits (ICU rule status other than "none");
// spaces and punctuation are left out. "don't" and "e.g" are one word.
std::vector<TextUnit> WordUnits(std::string_view text);

// Sentences, trimmed of surrounding whitespace; empty ones are left out.
std::vector<TextUnit> SentenceUnits(std::string_view text);

// The units of `sorted_units` that lie within [begin, end) (e.g. the words
// of one sentence), as a view into the vector.
std::span<const TextUnit> UnitsWithin(const std::vector<TextUnit>& sorted_units,
                                      size_t begin, size_t end);

// True when `word` has at least two letters and no lowercase letter
// ("IEP", "FAFSA"; not "I", "Iep").
bool IsAllCaps(std::string_view word);
// True when `word` contains a decimal digit.
bool HasDigit(std::string_view word);
// True when the first code point of `word` is an uppercase letter.
bool StartsUpper(std::string_view word);
// True when the first code point of `word` is a lowercase letter.
bool StartsLower(std::string_view word);
// Number of letters in `word` (code points of category L*).
int LetterCount(std::string_view word);
// True when a letter after the first is uppercase in a word that is not
// all caps ("iPhone", "McDonald", "GitHub"): brand, name or identifier.
bool HasInnerCapital(std::string_view word);
// Unicode lower-case of `text` (ICU full case mapping, root locale).
std::string FoldCase(std::string_view text);

}  // namespace maillint

#endif  // MAILLINT_SRC_ANALYSIS_TEXT_UNITS_H_
