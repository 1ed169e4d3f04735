#include "rules/proofreading/spelling_filter.h"

#include <re2/re2.h>

#include <algorithm>

#include "base/text.h"
#include "rules/proofreading/word_list.h"

namespace maillint {
namespace {

void AddWordsOf(std::string_view text, std::unordered_set<std::string>& out) {
  for (const TextUnit& w : WordUnits(text)) {
    out.insert(FoldCase(text.substr(w.begin, w.end - w.begin)));
  }
}

// Any vowel letter, accented ones included (every byte >= 0x80 is taken as
// part of one: non-ASCII letters are vowels often enough, and a miss only
// means a word is checked).
bool HasVowel(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) {
    return std::string_view("aeiouyAEIOUY").find(c) != std::string_view::npos ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}

}  // namespace

std::unordered_set<std::string> KnownWords(const Analysis& analysis,
                                           const OwnText& author,
                                           const Config& config) {
  const Message& message = analysis.message();
  std::unordered_set<std::string> known;
  for (const HeaderField& h : message.headers) AddWordsOf(h.value, known);
  for (const auto* list : {&message.from, &message.to, &message.cc,
                           &message.reply_to, &message.sender}) {
    for (const Address& a : *list) AddWordsOf(a.display_name, known);
  }
  AddWordsOf(message.subject, known);
  AddWordsOf(author.quoted, known);
  if (const auto& original = analysis.anatomy().original) {
    AddWordsOf(original->author_name, known);
    AddWordsOf(original->signed_name, known);
  }
  AddWordsOf(config.organization.name, known);
  for (const std::string& w : config.proofreading.words)
    known.insert(FoldCase(w));
  for (const std::string& w : ProjectWordList("school"))
    known.insert(FoldCase(w));
  return known;
}

bool IsCheckableWord(std::string_view word) {
  return LetterCount(word) >= 2 && !HasDigit(word) && !IsAllCaps(word) &&
         !HasInnerCapital(word) && HasVowel(word);
}

}  // namespace maillint
