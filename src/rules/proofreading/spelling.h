// proofreading.spelling: misspelt words in the author's own text.
//
// Checks greeting, new text and closing (never quote, signature or
// disclaimer) with nuspell and the configured Hunspell dictionaries
// (Config::proofreading.languages, default en_US). The dictionary is chosen
// per message from the language CLD2 detects in the author's text; a text in
// a language with no configured dictionary is not checked. A word passes
// when any configured dictionary accepts it. What is never checked is listed
// in spelling_filter.h. Up to three suggestions per finding.
//
// Options: none (configure proofreading.languages and proofreading.words).
#ifndef MAILLINT_SRC_RULES_PROOFREADING_SPELLING_H_
#define MAILLINT_SRC_RULES_PROOFREADING_SPELLING_H_

#include <string>
#include <vector>

#include "lint/rule.h"

namespace maillint {

class SpellChecker;

class SpellingRule : public Rule {
 public:
  static RuleInfo Info();
  explicit SpellingRule(const RuleContext& ctx);
  void Check(CheckContext& ctx) const override;

 private:
  // The configured dictionary for the detected language of `text` first,
  // then the other configured ones; empty when `text` is in a language
  // with no configured dictionary.
  std::vector<const SpellChecker*> CheckersFor(
      const DetectedLanguage& detected) const;

  std::vector<std::string> languages_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_SPELLING_H_
