// Readability arithmetic: an English syllable counter and the
// Flesch-Kincaid grade level.
//
// SYLLABLE HEURISTIC (English; no dictionary, so it is an estimate)
//   1. Only ASCII letters count; the word is lower-cased. A word with no
//      vowel letter (a, e, i, o, u, y) has one syllable ("hmm", "Ms").
//   2. Each run of consecutive vowel letters is one syllable
//      ("school" 1, "education" 4, "family" 3).
//   3. A final silent "e" does not count ("make" 1), except in a final
//      consonant + "le" ("table" 2).
//   4. A final "-ed" is silent unless after "t" or "d" ("jumped" 1,
//      "wanted" 2); a final "-es" is silent unless after s, x, z, ch, sh,
//      c or g ("makes" 1, "boxes" 2, "classes" 2).
//   5. Every word has at least one syllable.
//   Known misses: "create" (counted 1), "being" (counted 1). Good enough
//   for a grade level: errors mostly cancel out over a paragraph.
//
// Pure functions; thread-safe.
#ifndef MAILLINT_SRC_RULES_PROOFREADING_READABILITY_MATH_H_
#define MAILLINT_SRC_RULES_PROOFREADING_READABILITY_MATH_H_

#include <string_view>

namespace maillint {

// Syllables in one English word, by the heuristic above.
int CountSyllables(std::string_view word);

// Flesch-Kincaid grade level:
//   0.39 * words / sentences + 11.8 * syllables / words - 15.59.
// Returns 0 when `words` or `sentences` is not positive.
double FleschKincaidGrade(int words, int sentences, int syllables);

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_READABILITY_MATH_H_
