// The proofreading family: its rules, in one list.
#include "rules/families.h"
#include "rules/proofreading/acronym.h"
#include "rules/proofreading/brackets.h"
#include "rules/proofreading/capitalization.h"
#include "rules/proofreading/missing_attachment.h"
#include "rules/proofreading/placeholder.h"
#include "rules/proofreading/punctuation.h"
#include "rules/proofreading/readability.h"
#include "rules/proofreading/repeated_word.h"
#include "rules/proofreading/sentence_length.h"
#include "rules/proofreading/shouting.h"
#include "rules/proofreading/spelling.h"
#include "rules/proofreading/subject.h"

namespace maillint {

void AddProofreadingRules(RuleRegistry& registry) {
  registry.Add<PlaceholderRule>();
  registry.Add<SpellingRule>();
  registry.Add<RepeatedWordRule>();
  registry.Add<CapitalizationRule>();
  registry.Add<ShoutingRule>();
  registry.Add<PunctuationRule>();
  registry.Add<BracketsRule>();
  registry.Add<SubjectRule>();
  registry.Add<MissingAttachmentRule>();
  registry.Add<SentenceLengthRule>();
  registry.Add<ReadabilityRule>();
  registry.Add<AcronymRule>();
}

}  // namespace maillint
