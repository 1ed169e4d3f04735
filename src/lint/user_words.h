// The user's own word list: words a person has told maillint are right
// (names of their students' families, their school's jargon), added to the
// district's proofreading.words for every command that checks text.
//
// The file is plain UTF-8, one word per line, '#' starts a comment (as the
// project's word lists, rules/proofreading/word_list.h). Its place:
// $MAILLINT_WORDS if set, else $XDG_CONFIG_HOME/maillint/words.txt, else
// ~/.config/maillint/words.txt. A missing file is an empty list.
#ifndef MAILLINT_SRC_LINT_USER_WORDS_H_
#define MAILLINT_SRC_LINT_USER_WORDS_H_

#include <string>
#include <vector>

#include "base/config.h"
#include "base/status.h"

namespace maillint {

// The path above; empty when neither a variable nor $HOME is set.
std::string UserWordsPath();

// The words in `path` (empty when it does not exist or cannot be read).
std::vector<std::string> ReadUserWords(const std::string& path);

// Appends the words of `path` to config.proofreading.words.
void AddUserWords(const std::string& path, Config& config);

// Appends `word` to `path` (creating the file and its folder). Fails on a
// word that is empty, longer than 64 bytes or contains whitespace, '#' or a
// control character, or when the file cannot be written.
Status AddUserWord(const std::string& path, const std::string& word);

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_USER_WORDS_H_
