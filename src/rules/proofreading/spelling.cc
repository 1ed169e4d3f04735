#include "rules/proofreading/spelling.h"

#include <algorithm>
#include <unordered_set>

#include "analysis/language_detect.h"
#include "analysis/own_text.h"
#include "analysis/text_units.h"
#include "base/text.h"
#include "rules/proofreading/dictionaries.h"
#include "rules/proofreading/spelling_filter.h"

namespace maillint {
namespace {

constexpr size_t kMaxSuggestions = 3;

std::string LanguagePrefix(std::string_view dictionary_name) {
  return AsciiLower(
      dictionary_name.substr(0, dictionary_name.find_first_of("_-")));
}

// Apostrophes as the dictionaries write them.
std::string NormalizeApostrophes(std::string_view word) {
  std::string out(word);
  for (size_t pos; (pos = out.find("\xE2\x80\x99")) != std::string::npos;) {
    out.replace(pos, 3, "'");
  }
  return out;
}

std::string_view WithoutPossessive(std::string_view word) {
  if (EndsWith(word, "'s") || EndsWith(word, "'S")) word.remove_suffix(2);
  return word;
}

// Offsets where a sentence starts, within the span's text.
std::unordered_set<size_t> SentenceStarts(
    const std::vector<TextUnit>& sentences) {
  std::unordered_set<size_t> starts;
  for (const TextUnit& s : sentences) starts.insert(s.begin);
  return starts;
}

struct WordCheck {
  const std::unordered_set<std::string>& known;
  const DictionaryChain& checkers;

  // True when `word` (as written) is misspelt.
  bool Misspelt(std::string_view raw, bool sentence_start) const {
    if (!IsCheckableWord(raw)) return false;
    if (StartsUpper(raw) && !sentence_start) return false;  // names
    std::string word = NormalizeApostrophes(raw);
    std::string folded = FoldCase(word);
    if (known.count(folded) || known.count(FoldCase(WithoutPossessive(word)))) {
      return false;
    }
    std::string base(WithoutPossessive(word));  // "else's" -> "else"
    return !checkers.AnyAccepts({word, base}) && !IsClosedCompound(folded);
  }

  // "filesystems", "getline", "moreinfo": two accepted words written as one,
  // common in technical and school jargon and rarely a slip.
  bool IsClosedCompound(const std::string& folded) const {
    if (folded.size() < 6 || folded.size() > 30) return false;
    for (char c : folded) {
      if (static_cast<unsigned char>(c) >= 0x80)
        return false;  // ASCII cuts only
    }
    for (size_t cut = 3; cut + 2 <= folded.size(); ++cut) {
      std::string_view head = std::string_view(folded).substr(0, cut);
      std::string_view tail = std::string_view(folded).substr(cut);
      const SpellChecker* first = checkers.First();
      if (first->Accepts(head) && first->Accepts(tail)) return true;
    }
    return false;
  }
};

}  // namespace

RuleInfo SpellingRule::Info() {
  RuleInfo info;
  info.id = "proofreading.spelling";
  info.summary = "Flags misspelt words in the author's own text.";
  info.standard = "S5";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Checks the greeting, new text and closing with Hunspell dictionaries "
      "(proofreading.languages) chosen by the detected language. Names from "
      "the headers and the quoted original, the organization's name, "
      "proofreading.words, school vocabulary, URLs, addresses, numbers, "
      "codes, acronyms and quoted or code text are never flagged.";
  info.fire_examples = {"We will recieve the forms on Monday."};
  info.silent_examples = {"We will receive the forms on Monday."};
  return info;
}

SpellingRule::SpellingRule(const RuleContext& ctx)
    : Rule(Info()), languages_(ctx.config().proofreading.languages) {
  if (languages_.empty()) languages_ = {"en_US"};
  // Most drafts are in the first configured language: load its dictionary
  // while the message is read and segmented.
  PrefetchSpellChecker(languages_.front());
}

DictionaryChain SpellingRule::CheckersFor(
    const DetectedLanguage& detected) const {
  std::vector<std::string> order;
  for (const std::string& name : languages_) {
    if (detected.known() && LanguagePrefix(name) == detected.code) {
      order.insert(order.begin(), name);
    } else {
      order.push_back(name);
    }
  }
  bool has_match =
      detected.known() && LanguagePrefix(order[0]) == detected.code;
  if (detected.known() && !has_match) return DictionaryChain({});
  return DictionaryChain(std::move(order));
}

void SpellingRule::Check(CheckContext& ctx) const {
  const Message& message = ctx.message();
  const OwnText& author = ctx.analysis().own_text();
  if (author.spans.empty()) return;
  DictionaryChain checkers = CheckersFor(ctx.analysis().own_language());
  const SpellChecker* first = checkers.First();
  if (first == nullptr) return;
  std::unordered_set<std::string> known =
      KnownWords(ctx.analysis(), author, ctx.config());
  WordCheck check{known, checkers};
  std::string_view text = message.body.text;
  for (size_t si = 0; si < author.spans.size(); ++si) {
    const TextUnit& span = author.spans[si];
    const std::vector<TextUnit>& skipped = ctx.analysis().skipped(si);
    std::unordered_set<size_t> starts =
        SentenceStarts(ctx.analysis().sentences(si));
    for (const TextUnit& w : ctx.analysis().words(si)) {
      size_t begin = span.begin + w.begin, end = span.begin + w.end;
      if (Overlaps(skipped, begin, end)) continue;
      std::string_view word = text.substr(begin, end - begin);
      if (!check.Misspelt(word, starts.count(w.begin) > 0)) continue;
      std::vector<std::string> suggestions =
          first->Suggest(NormalizeApostrophes(word), kMaxSuggestions);
      // No accepted word close by ("schedual", "mensage") is still a slip
      // to report; names and jargon were left out above (capitalized words,
      // the conversation's names, word lists). A word with letters English
      // does not write ("été" in an English reply) is another language.
      if (suggestions.empty() && LanguagePrefix(first->name()) == "en" &&
          std::any_of(word.begin(), word.end(),
                      [](char c) { return (c & 0x80) != 0; })) {
        continue;
      }
      Finding& f = Report(
          ctx, Location::Body(begin, end),
          "'" + std::string(word) + "' may be misspelt (" + first->name() +
              ")" + (suggestions.empty() ? "; no close suggestion" : ""));
      for (const std::string& s : suggestions) {
        f.suggestion += (f.suggestion.empty() ? "" : ", ") + s;
      }
    }
  }
}

}  // namespace maillint
