// The project's vocabularies, one home for each: greeting openers,
// sign-offs, thanks, offers of help, staff roles and departments,
// honorifics, reply/forward subject prefixes and auto-reply phrases, per
// language. The words live in data files (vocab/<lang>.yml, see
// vocab/README.md); nothing else in src/ keeps a copy.
//
// Matching is folded: case, accents and ’/' do not matter, and a space in an
// entry matches any run of white space (a phrase wrapped over two lines
// still matches). An entry ending in '*' lets its last word go on. Entries
// whose edge letters are in a spaced script (Latin, Cyrillic, Greek) match
// whole words; entries in Chinese, Japanese, Korean or Arabic match inside
// words (particles and prefixes attach there).
//
// The files are read once per process, on first use, from the vocabulary
// directory: $MAILLINT_VOCAB_DIR, else <binary dir>/../share/maillint/vocab
// (installed), else the source tree's vocab/ (MAILLINT_VOCAB_DIR at build
// time). Thread-safe: the loaded vocabulary is immutable.
#ifndef MAILLINT_SRC_BASE_VOCABULARY_H_
#define MAILLINT_SRC_BASE_VOCABULARY_H_

#include <re2/re2.h>

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "base/status.h"

namespace maillint {

enum class VocabList {
  kGreetings,         // salutation openers: "hi", "buenos días", "您好"
  kClosings,          // sign-offs: "best regards", "atentamente", "此致"
  kThanks,            // "thank", "gracias", "cảm ơn", "谢谢"
  kOfferHelp,         // "let me know", "no dude en", "n'hésitez pas"
  kRoles,             // staff roles: "registrar", "principal", "maestra"
  kDepartments,       // offices: "transportation", "oficina", "学校"
  kHonorifics,        // "mrs", "sra", "herr", "先生" (folded, no dots)
  kReplyPrefixes,     // subject prefixes before the colon: "re", "aw", "答复"
  kForwardPrefixes,   // "fwd", "wg", "rv" (Spanish reenviado), "tr"
  kAutoReply,         // auto-reply subjects: "out of office", "abwesend"
  kAutomatedSubjects  // bounces and receipts: "undeliverable", "read:"
};

// Where an entry's letters stand: spaced scripts match whole words.
enum class VocabScript { kAny, kSpaced, kUnspaced };

struct PhraseHit {
  size_t begin = 0;  // byte range of the entry in the searched text
  size_t end = 0;
  std::string language;  // the file it came from ("es")
};

class Vocabulary {
 public:
  // The process-wide vocabulary (empty with a failed status() when the
  // directory or a file could not be read).
  static const Vocabulary& Get();
  // Reads every <lang>.yml in `dir`. Errors name the file and line.
  static Result<Vocabulary> Load(const std::filesystem::path& dir);

  // Why Get() is empty, or OK.
  const Status& status() const { return status_; }

  // Languages that have at least one entry in `list`.
  bool Has(VocabList list, std::string_view language) const;
  std::vector<std::string> Languages(VocabList list) const;

  // True when folded `word` is an entry of `list` in any language (exact
  // entries; '*' entries match by prefix). Dots are ignored ("Mrs." = "mrs").
  bool IsEntry(VocabList list, std::string_view word) const;

  // The first entry of `list` found in `text`, searching the languages in
  // `languages` (every language when empty). Whole words for spaced
  // scripts, as described above.
  std::optional<PhraseHit> Find(
      VocabList list, std::string_view text,
      const std::vector<std::string>& languages = {}) const;
  // Find without naming the language (cheaper).
  bool Mentions(VocabList list, std::string_view text,
                const std::vector<std::string>& languages = {}) const {
    return FindHit(list, text, languages).has_value();
  }
  // True when `text` (trimmed) starts with an entry of `list`, whole words.
  bool StartsWithEntry(VocabList list, std::string_view text) const;

  // An RE2 fragment, "(?:...)", matching any entry of `list` (every
  // language) in `script`, case-insensitive only under (?i). No anchors or
  // word bounds: the caller adds them. Matches nothing when the
  // list is empty.
  std::string Alternation(VocabList list,
                          VocabScript script = VocabScript::kAny) const;

 private:
  struct Entry {
    std::string pattern;  // RE2 fragment for the entry
    std::string folded;   // for IsEntry
    bool prefix = false;  // ended in '*'
    bool bounded_front = true;
    bool bounded_back = true;
    std::string language;
  };
  // Compiled on first use (most lists and languages never are).
  struct LazyMatcher {
    std::string pattern;  // four alternatives by word bounds, one group each
    std::once_flag once;
    std::unique_ptr<const RE2> re;
  };

  Status AddFile(const std::filesystem::path& file);
  void Compile();
  const RE2* Matcher(VocabList list, const std::string& language) const;
  std::optional<PhraseHit> FindHit(
      VocabList list, std::string_view text,
      const std::vector<std::string>& languages) const;
  std::string LanguageOf(VocabList list, std::string_view text,
                         const PhraseHit& hit) const;

  Status status_;
  std::map<VocabList, std::vector<Entry>> entries_;
  std::map<std::pair<VocabList, std::string>, std::shared_ptr<LazyMatcher>>
      matchers_;
  std::set<std::string> languages_;
};

// Shorthand for Vocabulary::Get().
inline const Vocabulary& Vocab() { return Vocabulary::Get(); }

// Bytes of a leading "Prefix:" / "Prefix[2]:" / "Prefix(2):" / "Prefix ："
// on `subject` (which must not start with blanks) whose word is an entry of
// `list` (kReplyPrefixes or kForwardPrefixes), or 0.
size_t SubjectPrefixLength(std::string_view subject, VocabList list);

// The directory Get() reads; empty when none exists.
std::filesystem::path VocabularyDir();

}  // namespace maillint

#endif  // MAILLINT_SRC_BASE_VOCABULARY_H_
