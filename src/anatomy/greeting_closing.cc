#include "anatomy/greeting_closing.h"

#include <re2/re2.h>

#include "anatomy/text_lines.h"
#include "base/vocabulary.h"

namespace maillint::anatomy {
namespace {

// The words come from the vocabularies (base/vocabulary.h); these are the
// shapes of a salutation and a sign-off line around them.

// An opener in a spaced script, followed by a delimiter or the end.
const RE2& SpacedOpener() {
  static const RE2 re(
      "(?i)^" +
      Vocab().Alternation(VocabList::kGreetings, VocabScript::kSpaced) +
      R"re((?:[\s,.:;!،]|$))re");
  return re;
}

// Openers that need no delimiter (CJK, Arabic), a name before a CJK
// honorific ("王女士", "김민수 학부모님", "田中様"), or a short line that
// greets in such a script after the name ("王女士，您好！").
const RE2& UnspacedOpener() {
  static const RE2 re(
      "(?i)^(?:" +
      Vocab().Alternation(VocabList::kGreetings, VocabScript::kUnspaced) +
      R"re(|(?:\S{1,12}\s)?\S{0,12})re" +
      Vocab().Alternation(VocabList::kHonorifics, VocabScript::kUnspaced) +
      ")");
  return re;
}
const RE2& UnspacedGreetingAnywhere() {
  static const RE2 re(
      Vocab().Alternation(VocabList::kGreetings, VocabScript::kUnspaced));
  return re;
}

// A line that is only a name: "Simone," "Mr. Lee:" (1-3 words, capitalized),
// or an honorific and a name in a script without case ("السيدة فاطمة،").
const RE2& BareName() {
  static const RE2 re(
      R"re(^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2}\s*[,:]$)re");
  return re;
}
const RE2& HonorificAndName() {
  static const RE2 re("(?i)^" + Vocab().Alternation(VocabList::kHonorifics) +
                      R"re(\.?\s+[^\s,:،]+(?:\s+[^\s,:،]+){0,3}\s*[,:،]$)re");
  return re;
}

const RE2& ClosingRe() {
  static const RE2 re(
      R"re(^[-–—\s]*(?i:)re" + Vocab().Alternation(VocabList::kClosings) +
      R"re()(?:[,\s]+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2})?)re"
      R"re([\s,.!…:;)！，。、،؛]*$)re");
  return re;
}

// A name before a sign-off in a script that writes it after the name
// ("김민지 드림", "王老师 敬上").
const RE2& NameThenClosing() {
  static const RE2 re(
      R"re(^(?:\S{1,12}\s+){1,2})re" +
      Vocab().Alternation(VocabList::kClosings, VocabScript::kUnspaced) +
      R"re([\s,.!…:;)！，。、،؛]*$)re");
  return re;
}

// Bytes of the opener before the first salutation delimiter.
size_t PrefixLength(std::string_view line) {
  size_t limit = std::min<size_t>(line.size(), 80);
  for (size_t i = 0; i < limit; ++i) {
    char c = line[i];
    if (c == ',' || c == ':' || c == '!') return i + 1;
  }
  return 0;
}

int WordCount(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

size_t SalutationLength(std::string_view line) {
  line = TrimSpace(line);
  if (line.empty() || IsClosingLine(line)) return 0;
  if (RE2::FullMatch(line, BareName()) ||
      RE2::FullMatch(line, HonorificAndName())) {
    return line.size();
  }
  bool opener = RE2::PartialMatch(line, SpacedOpener());
  if (!opener && (RE2::PartialMatch(line, UnspacedOpener()) ||
                  (line.size() <= 80 &&
                   RE2::PartialMatch(line, UnspacedGreetingAnywhere())))) {
    return line.size() <= 60 ? line.size() : PrefixLength(line);
  }
  if (!opener) return 0;
  size_t prefix = PrefixLength(line);
  if (prefix == line.size() || WordCount(line) <= 6) return line.size();
  return prefix;
}

bool IsClosingLine(std::string_view line) {
  line = TrimSpace(line);
  if (line.empty() || line.size() > 60) return false;
  return RE2::FullMatch(line, ClosingRe()) ||
         RE2::FullMatch(line, NameThenClosing());
}

}  // namespace maillint::anatomy
