// The salutation line of a reply ("Hi Ana,", "Dear Mr. and Mrs. Perez:",
// "Hola María José,", "To whom it may concern,"), split into its opening
// word, the names it addresses and whether it is generic.
#ifndef MAILLINT_SRC_RULES_GREETING_SALUTATION_H_
#define MAILLINT_SRC_RULES_GREETING_SALUTATION_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analysis.h"
#include "mail/message.h"

namespace maillint {

struct NameToken {
  std::string text;    // as written
  std::string folded;  // FoldForMatching(text)
  size_t begin = 0;    // byte range in body.text
  size_t end = 0;
};

struct Salutation {
  size_t begin = 0;  // the whole line, body bytes
  size_t end = 0;
  std::string line;
  std::vector<NameToken> names;  // capitalized words after the opener
  std::string generic;           // the generic phrase, e.g. "Sir or Madam"
  bool no_name = false;          // "Hello," / "Good morning," alone
};

// Parses `line` (which starts at body offset `offset`) as a salutation.
// Returns nullopt when the line does not open like one (English, Spanish,
// French, German, Portuguese, Italian, Dutch openers).
std::optional<Salutation> ParseSalutation(std::string_view line, size_t offset);

// The message's salutation: the anatomy's greeting segment, else the first
// line of the author's text when it parses as one.
std::optional<Salutation> FindSalutation(const Analysis& analysis);

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_GREETING_SALUTATION_H_
