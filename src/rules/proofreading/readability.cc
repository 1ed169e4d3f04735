#include "rules/proofreading/readability.h"

#include <algorithm>
#include <cstdio>

#include "analysis/language_detect.h"
#include "analysis/own_text.h"
#include "rules/proofreading/prose_stats.h"
#include "rules/proofreading/readability_math.h"

namespace maillint {
namespace {

std::string FormatGrade(double grade) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", grade);
  return buffer;
}

// "42 and 37 words" for the longest sentences (at most three).
std::string LongestLengths(std::vector<SentenceStats> sentences) {
  std::sort(sentences.begin(), sentences.end(),
            [](const SentenceStats& a, const SentenceStats& b) {
              return a.words > b.words;
            });
  std::string out;
  size_t n = std::min<size_t>(3, sentences.size());
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) out += i + 1 == n ? " and " : ", ";
    out += std::to_string(sentences[i].words);
  }
  return out + " words";
}

}  // namespace

RuleInfo ReadabilityRule::Info() {
  RuleInfo info;
  info.id = "proofreading.readability";
  info.summary =
      "Flags English text whose Flesch-Kincaid grade is above the configured "
      "maximum.";
  info.standard = "S5";
  info.default_severity = Severity::kInfo;
  info.doc =
      "Families read replies on phones, often in a second language. The "
      "Flesch-Kincaid grade of the author's English text (at least 80 words "
      "and 3 sentences) must not exceed proofreading.max_grade (default 10). "
      "The finding points at the longest sentence.";
  return info;
}

ReadabilityRule::ReadabilityRule(const RuleContext& ctx)
    : Rule(Info()),
      max_grade_(ctx.config().proofreading.max_grade),
      min_words_(ctx.GetInt("MinWords", 80)),
      min_sentences_(ctx.GetInt("MinSentences", 3)) {}

void ReadabilityRule::Check(CheckContext& ctx) const {
  const OwnText& author = ctx.analysis().own_text();
  if (static_cast<int>(author.word_count) < min_words_) return;
  const DetectedLanguage& language = ctx.analysis().own_language();
  if (language.known() && language.code != "en") return;
  std::vector<SentenceStats> sentences = CollectSentences(ctx.analysis());
  int words = 0, syllables = 0;
  for (const SentenceStats& s : sentences) {
    words += s.words;
    syllables += s.syllables;
  }
  int count = static_cast<int>(sentences.size());
  if (words < min_words_ || count < min_sentences_) return;
  double grade = FleschKincaidGrade(words, count, syllables);
  if (grade <= max_grade_) return;
  auto longest =
      std::max_element(sentences.begin(), sentences.end(),
                       [](const SentenceStats& a, const SentenceStats& b) {
                         return a.words < b.words;
                       });
  Report(ctx, Location::Body(longest->begin, longest->end),
         "Reading grade " + FormatGrade(grade) + " (Flesch-Kincaid) is above " +
             FormatGrade(max_grade_) + "; the longest sentences have " +
             LongestLengths(sentences) +
             ". Shorter sentences and plainer words help");
}

}  // namespace maillint
