// Unicode folding for comparing names and words: "María" == "maria",
// "JOSÉ" == "jose". Uses ICU (NFD, marks removed, full case folding).
// Thread-safe.
#ifndef MAILLINT_SRC_BASE_FOLD_H_
#define MAILLINT_SRC_BASE_FOLD_H_

#include <string>
#include <string_view>

namespace maillint {

// Folds UTF-8 `text` for matching: decomposes, drops combining marks,
// case-folds. Invalid UTF-8 is replaced, never rejected.
std::string FoldForMatching(std::string_view text);

}  // namespace maillint

#endif  // MAILLINT_SRC_BASE_FOLD_H_
