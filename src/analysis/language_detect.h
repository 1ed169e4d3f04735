// Language identification of plain text with CLD2.
//
// CLD2 needs a few dozen words to be sure; callers decide how much text is
// enough (`text_bytes` and `reliable` say how sure the answer is). Text is
// UTF-8; invalid bytes are tolerated (CLD2's checked entry point).
//
// Thread-safe (CLD2 keeps no mutable global state).
#ifndef MAILLINT_SRC_ANALYSIS_LANGUAGE_DETECT_H_
#define MAILLINT_SRC_ANALYSIS_LANGUAGE_DETECT_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace maillint {

struct DetectedLanguage {
  std::string code;  // ISO 639-1 where there is one ("en", "es"); "un" unknown
  std::string name;  // English name, capitalized ("Spanish")
  int percent = 0;   // share of the text in this language, 0-100
  int text_bytes = 0;  // letters CLD2 scored (markup and digits excluded)
  bool reliable = false;
  // Up to three languages found, with their share of the text (0-100).
  std::vector<std::pair<std::string, int>> shares;

  bool known() const { return code != "un" && !code.empty(); }
  // Share of `language_code` in the text, 0 when not among `shares`.
  int ShareOf(std::string_view language_code) const;
};

DetectedLanguage DetectLanguage(std::string_view text);

// "Spanish" for "es", "es_ES" or "es-MX"; the code itself when unknown.
std::string LanguageDisplayName(std::string_view code);

}  // namespace maillint

#endif  // MAILLINT_SRC_ANALYSIS_LANGUAGE_DETECT_H_
