#include "rules/proofreading/prose_stats.h"

#include "analysis/text_units.h"
#include "rules/proofreading/readability_math.h"

namespace maillint {
namespace {

bool EndsSentence(std::string_view s) {
  while (!s.empty() && std::string_view("\"')]\xE2\x80\x9D").find(s.back()) !=
                           std::string_view::npos) {
    s.remove_suffix(1);
  }
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

}  // namespace

std::vector<SentenceStats> CollectSentences(const Analysis& analysis) {
  std::vector<SentenceStats> out;
  const OwnText& author = analysis.own_text();
  for (size_t si = 0; si < author.spans.size(); ++si) {
    const TextUnit& span = author.spans[si];
    std::string_view piece = analysis.SpanText(si);
    for (const TextUnit& s : analysis.sentences(si)) {
      std::string_view sentence = piece.substr(s.begin, s.end - s.begin);
      SentenceStats stats;
      stats.begin = span.begin + s.begin;
      stats.end = span.begin + s.end;
      stats.terminated = EndsSentence(sentence);
      for (const TextUnit& w :
           UnitsWithin(analysis.words(si), s.begin, s.end)) {
        std::string_view word = piece.substr(w.begin, w.end - w.begin);
        if (LetterCount(word) == 0) continue;
        ++stats.words;
        stats.syllables += CountSyllables(word);
      }
      if (stats.words > 0) out.push_back(stats);
    }
  }
  return out;
}

}  // namespace maillint
