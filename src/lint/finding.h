// Finding: one thing a rule says about one message.
//
// Rules fill `rule_id`, `severity`, `message`, `where` (and optionally
// `suggestion`, `sensitive`). The runner then resolves `where` to positions
// and an excerpt (see Locate() in lint/locate.h) before reporters see it.
//
// SENSITIVE VALUES
//   A finding with `sensitive` set names student or family data. Its
//   `message` must not contain the value itself; the runner masks the matched
//   range in the excerpt (base/mask.h) unless --show-sensitive is given.
//   A finding on a header or an attachment name sets `sensitive_value` so
//   that the value is masked where reports print headers (the subject).
#ifndef MAILLINT_SRC_LINT_FINDING_H_
#define MAILLINT_SRC_LINT_FINDING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/severity.h"
#include "mail/location.h"

namespace maillint {

struct Finding {
  // Set by the rule (Rule::Report fills id and severity).
  std::string rule_id;
  Severity severity = Severity::kWarning;
  std::string message;
  std::string suggestion;  // optional replacement or advice
  std::string doc_link;    // optional URL or doc path
  Location where;
  bool sensitive = false;
  // The sensitive value itself, as written (optional). The runner masks it
  // wherever it appears in the result (subject, sender, every excerpt,
  // message and suggestion) and then clears it; reporters never see it.
  std::string sensitive_value;

  // Set by the runner from `where`.
  int line = 0;  // 1-based; 0 = no position
  int column = 0;
  int end_line = 0;
  int end_column = 0;
  int64_t byte_begin = -1;  // offsets in the input file; -1 when unknown
  int64_t byte_end = -1;
  bool file_position = false;  // line/column are file lines (else body lines)
  std::string excerpt;         // the offending line, masked when sensitive
  int excerpt_column = 0;      // 1-based caret column within `excerpt`
  int excerpt_width = 0;       // caret width in code points
};

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_FINDING_H_
