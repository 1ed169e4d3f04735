// Sentence statistics of the author's text, shared by
// proofreading.sentence-length and proofreading.readability.
//
// Thread-safe (pure functions).
#ifndef MAILLINT_SRC_RULES_PROOFREADING_PROSE_STATS_H_
#define MAILLINT_SRC_RULES_PROOFREADING_PROSE_STATS_H_

#include <string_view>
#include <vector>

#include "analysis/analysis.h"

namespace maillint {

struct SentenceStats {
  size_t begin = 0;  // byte range in the body text
  size_t end = 0;
  int words = 0;            // ICU words with at least one letter
  int syllables = 0;        // readability_math.h heuristic
  bool terminated = false;  // ends in . ! ? (possibly before a quote/bracket)
};

// Every sentence of every author span of `body`, in order.
std::vector<SentenceStats> CollectSentences(const Analysis& analysis);

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_PROSE_STATS_H_
