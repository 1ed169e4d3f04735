#include "rules/personalization/content_words.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>
#include <unordered_set>

#include "base/fold.h"
#include "base/text.h"

namespace maillint {
namespace {

const std::unordered_set<std::string>& StopWords() {
  static const std::unordered_set<std::string> kWords = {
      // English
      "the", "and", "for", "are", "but", "not", "you", "your", "yours", "with",
      "this", "that", "these", "those", "from", "have", "has", "had", "was",
      "were", "will", "would", "could", "should", "can", "may", "might", "our",
      "ours", "they", "them", "their", "there", "here", "what", "when", "where",
      "which", "who", "whom", "why", "how", "about", "into", "onto", "over",
      "under", "again", "also", "just", "very", "any", "all", "some", "more",
      "most", "much", "many", "other", "than", "then", "too", "only", "own",
      "same", "such", "been", "being", "does", "did", "doing", "let", "know",
      "please", "thank", "thanks", "thanking", "regard", "regards", "dear",
      "hello", "hi", "hey", "good", "morning", "afternoon", "evening", "best",
      "sincerely", "email", "mail", "message", "question", "questions", "help",
      "need", "get", "got", "one", "two", "yes", "its", "it's", "i'm", "i'll",
      "we're", "you're", "don't", "want", "like", "well", "still", "sure",
      "see", "look", "wrote", "sent", "write", "reply", "respond", "hope",
      "day", "today", "week", "time", "soon", "back", "her", "his", "him",
      "she", "hers", "himself", "herself", "she's", "he's", "myself",
      "yourself", "ourselves", "themselves", "because", "after", "before",
      "while", "until", "if", "said", "says",
      // Spanish
      "los", "las", "del", "por", "para", "con", "una", "uno", "unos", "unas",
      "que", "como", "pero", "este", "esta", "esto", "estos", "estas", "ese",
      "esa", "eso", "son", "ser", "fue", "era", "muy", "mas", "sus", "nos",
      "les", "hay", "ustedes", "usted", "gracias", "hola", "saludos", "favor",
      "cuando", "donde", "sobre", "tambien", "estimado", "estimada", "buenos",
      "buenas", "dias", "tardes", "atentamente"};
  return kWords;
}

bool HasLetter(std::string_view s) {
  for (unsigned char c : s) {
    if (std::isalpha(c) || c >= 0x80) return true;
  }
  return false;
}

}  // namespace

std::string LightStem(std::string_view w) {
  std::string s(w);
  auto strip = [&](std::string_view suffix, std::string_view replacement) {
    if (s.size() < suffix.size() + 3 || !EndsWith(s, suffix)) return false;
    s.resize(s.size() - suffix.size());
    s += replacement;
    return true;
  };
  // "es" is a plural ending only after these (buses, boxes, profesores).
  auto plural_es = [&] {
    if (s.size() < 5 || !EndsWith(s, "es")) return false;
    std::string_view before = std::string_view(s).substr(0, s.size() - 2);
    for (std::string_view end :
         {"s", "x", "z", "ch", "sh", "r", "l", "n", "d"}) {
      if (EndsWith(before, end)) return strip("es", "");
    }
    return false;
  };
  bool done = strip("ciones", "cion") || strip("mente", "") ||
              strip("ings", "") || strip("ing", "") || strip("ies", "y") ||
              strip("ied", "y") || strip("ed", "") || plural_es();
  if (!done && !EndsWith(s, "ss") && !EndsWith(s, "us") && !EndsWith(s, "is")) {
    strip("s", "");
  }
  // "store"/"stores", "change"/"changed" meet without their final e.
  if (s.size() > 4 && s.back() == 'e') s.pop_back();
  return s;
}

std::set<std::string> ContentWords(std::string_view text) {
  std::set<std::string> out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) return out;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  words->setText(u);
  int32_t start = words->first();
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE;
       start = end, end = words->next()) {
    if (words->getRuleStatus() == UBRK_WORD_NONE) continue;
    std::string word;
    u.tempSubStringBetween(start, end).toUTF8String(word);
    std::string folded = FoldForMatching(word);
    bool number = !HasLetter(folded);
    if (folded.size() < 3 || StopWords().count(folded) > 0) continue;
    out.insert(number ? folded : LightStem(folded));
  }
  return out;
}

}  // namespace maillint
