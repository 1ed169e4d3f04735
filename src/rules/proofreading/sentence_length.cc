#include "rules/proofreading/sentence_length.h"

#include "analysis/own_text.h"
#include "rules/proofreading/prose_stats.h"

namespace maillint {

RuleInfo SentenceLengthRule::Info() {
  RuleInfo info;
  info.id = "proofreading.sentence-length";
  info.summary = "Flags sentences longer than the configured number of words.";
  info.standard = "S5";
  info.default_severity = Severity::kInfo;
  info.doc =
      "Long sentences are hard to follow on a phone and in a second language. "
      "Sentences of the author's own text above MaxWords words (default 40) "
      "are pointed out; only sentences ending in . ! or ? are measured.";
  return info;
}

SentenceLengthRule::SentenceLengthRule(const RuleContext& ctx)
    : Rule(Info()), max_words_(ctx.GetInt("MaxWords", 40)) {}

void SentenceLengthRule::Check(CheckContext& ctx) const {
  for (const SentenceStats& s : CollectSentences(ctx.analysis())) {
    if (!s.terminated || s.words <= max_words_) continue;
    Report(ctx, Location::Body(s.begin, s.end),
           "This sentence has " + std::to_string(s.words) +
               " words (more than " + std::to_string(max_words_) +
               "); split it");
  }
}

}  // namespace maillint
