// The LanguageTool HTTP API (v2) over maillint: POST /v2/check and
// GET /v2/languages, so LanguageTool's browser extensions and Thunderbird
// add-on, pointed at this server, show maillint findings while staff type.
//
// REQUEST (form-encoded body or query, as LanguageTool documents it)
//   text      the plain text to check, or
//   data      JSON {"annotation": [{"text": "..."}, {"markup": "<b>",
//             "interpretAs": "\n"}, ...]}: markup is not checked; its
//             interpretAs (default nothing) stands in for it.
//   language  "auto" or a code ("en-US"); maillint detects the language of
//             every text itself, so this only names the answer's language.
//   mode      "allButTextLevelOnly" answers only the findings about the
//             words at a place (proofreading, tone, inclusive language,
//             links, commitments); "textLevelOnly" only the others (a
//             missing greeting, the message as a whole); anything else both.
//             LanguageTool's extensions send one request of each.
//   enabledRules, disabledRules, enabledCategories, disabledCategories,
//   enabledOnly   rule ids are maillint's ("proofreading.spelling");
//             categories are rule families in capitals ("TONE"), spelling is
//             "TYPOS". Other parameters (motherTongue, level, username,
//             apiKey, preferredVariants, ...) are accepted and ignored.
//
// RESPONSE: LanguageTool's JSON shape. offset and length count UTF-16 code
// units (Java string indices, what LanguageTool returns and what browser
// clients index their strings by) in the text as sent: for `data`, in the
// concatenation of every text and markup part. Findings with no place in
// the text (a missing greeting, a header) point at the first line.
#ifndef MAILLINT_SRC_SERVE_LANGUAGETOOL_H_
#define MAILLINT_SRC_SERVE_LANGUAGETOOL_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/result.h"
#include "serve/draft_engine.h"

namespace maillint {

// The text a request asks to check, with the way back to the client's
// positions.
struct LtText {
  std::string plain;  // UTF-8, '\n' line endings: what maillint checks
  // For each byte of `plain`: the UTF-16 offset in the client's document
  // where its character starts (`begin16`) and where it ends (`end16`).
  std::vector<uint32_t> begin16, end16;
  uint32_t length16 = 0;  // of the whole client document

  uint32_t MapBegin(size_t byte) const;
  uint32_t MapEnd(size_t byte) const;
};

// Builds the text from the `text` or `data` field. Fails (the message is
// LanguageTool's 400 text) when both are missing or `data` is malformed.
Result<LtText> LtTextFromForm(const std::map<std::string, std::string>& form);

// The /v2/check answer for `checked` (the engine's result on text.plain).
// `rule_base_url` ("http://127.0.0.1:8089/rules/") prefixes rule doc links.
std::string LtCheckResponse(const DraftEngine& engine,
                            const CheckedDraft& checked, const LtText& text,
                            const std::map<std::string, std::string>& form,
                            const std::string& rule_base_url);

// How a rule's `suggestion` can fix the text with one click: "list" (comma-
// separated replacements, spelling), "text" (the suggestion replaces the
// finding's text) or "" (advice, not replacement text).
std::string SuggestionKind(const RuleInfo& info);

// The /v2/languages answer: the configured proofreading languages.
std::string LtLanguagesResponse(const Config& config);

}  // namespace maillint

#endif  // MAILLINT_SRC_SERVE_LANGUAGETOOL_H_
