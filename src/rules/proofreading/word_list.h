// The project's word lists: vocabulary a spelling or acronym rule accepts
// without a dictionary (school words: IEP, FAFSA, PTA, ...).
//
// Files are plain UTF-8, one word per line; '#' starts a comment. They live
// in the rules directory: $MAILLINT_RULES_DIR, else <binary dir>/rules or
// <binary dir>/../share/maillint/rules (installed), else the source tree's
// rules/ (MAILLINT_RULES_DIR at build time).
//
// Thread-safe: each list is read once per process on first use.
#ifndef MAILLINT_SRC_RULES_PROOFREADING_WORD_LIST_H_
#define MAILLINT_SRC_RULES_PROOFREADING_WORD_LIST_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_set>

namespace maillint {

// The rules directory found by the search above; empty when none exists.
std::filesystem::path ProjectRulesDir();

// The words of rules/words/<name>.txt, as written (case kept); empty when
// the file is missing.
const std::unordered_set<std::string>& ProjectWordList(const std::string& name);

// Reads a word list file; the set is empty when the file cannot be read.
std::unordered_set<std::string> ReadWordList(const std::filesystem::path& path);

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_WORD_LIST_H_
