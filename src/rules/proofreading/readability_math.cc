#include "rules/proofreading/readability_math.h"

#include <string>

namespace maillint {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

std::string LowerAsciiLetters(std::string_view word) {
  std::string letters;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z') letters += c;
  }
  return letters;
}

int CountVowelGroups(std::string_view w) {
  int groups = 0;
  bool in_group = false;
  for (char c : w) {
    bool vowel = IsVowel(c);
    if (vowel && !in_group) ++groups;
    in_group = vowel;
  }
  return groups;
}

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() &&
         w.substr(w.size() - suffix.size()) == suffix;
}

// Whether the word's last vowel group is a silent ending (rules 3 and 4).
bool HasSilentEnding(std::string_view w) {
  if (w.size() < 3) return false;
  char before = w[w.size() - 3];
  if (EndsWith(w, "ed"))
    return before != 't' && before != 'd' && !IsVowel(before);
  if (EndsWith(w, "es")) {
    bool sibilant = before == 's' || before == 'x' || before == 'z' ||
                    before == 'c' || before == 'g' || EndsWith(w, "ches") ||
                    EndsWith(w, "shes");
    return !sibilant && !IsVowel(before);
  }
  if (EndsWith(w, "le")) return IsVowel(before);
  return w.back() == 'e' && !IsVowel(w[w.size() - 2]);
}

}  // namespace

int CountSyllables(std::string_view word) {
  std::string w = LowerAsciiLetters(word);
  int syllables = CountVowelGroups(w);
  if (syllables > 1 && HasSilentEnding(w)) --syllables;
  return syllables < 1 ? 1 : syllables;
}

double FleschKincaidGrade(int words, int sentences, int syllables) {
  if (words <= 0 || sentences <= 0) return 0;
  return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
}

}  // namespace maillint
