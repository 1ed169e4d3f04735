#include "rules/proofreading/prose_stats.h"

#include "rules/proofreading/readability_math.h"
#include "rules/proofreading/text_units.h"

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

std::vector<SentenceStats> CollectSentences(std::string_view body,
                                            const AuthorText& author) {
  std::vector<SentenceStats> out;
  for (const TextUnit& span : author.spans) {
    std::string_view piece = body.substr(span.begin, span.end - span.begin);
    for (const TextUnit& s : SentenceUnits(piece)) {
      std::string_view sentence = piece.substr(s.begin, s.end - s.begin);
      SentenceStats stats;
      stats.begin = span.begin + s.begin;
      stats.end = span.begin + s.end;
      stats.terminated = EndsSentence(sentence);
      for (const TextUnit& w : WordUnits(sentence)) {
        std::string_view word = sentence.substr(w.begin, w.end - w.begin);
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
