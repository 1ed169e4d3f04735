// Hunspell dictionaries (through nuspell), loaded once per process.
//
// A dictionary is loaded the first time a spelling rule asks for it, never
// at start-up, so runs without spelling pay nothing (en_US takes ~50 ms);
// DictionaryChain loads a further configured dictionary only when the ones
// before it reject a word (an English draft never loads es_ES unless en_US
// rejects one of its words). Loaded dictionaries are never freed: they live
// until the process exits, which then skips their destructors (~10 ms).
// Files are looked up as <dir>/<name>.aff and .dic in $MAILLINT_HUNSPELL_DIR
// (if set), /usr/share/hunspell, then nuspell's default search path.
//
// CACHING
//   Answers are cached per word (the same few thousand words recur in every
//   message). Suggestions are computed only for misspelt words and cached:
//   first the accepted words one edit away (transposition, deletion,
//   replacement or insertion of a letter from the dictionary's TRY line,
//   transpositions first), which takes about a millisecond. nuspell's own
//   suggester is not used: it often takes 100 ms or more per word, which
//   made suggestions dominate the run time; a word with no accepted word
//   one edit away gets no suggestion. A cache that outgrows
//   kMaxCachedWords is cleared, so memory stays bounded on huge runs.
//
// THREAD SAFETY
//   Everything here may be called from any thread. Loading is guarded by a
//   mutex per name; nuspell's spell/suggest are const and thread-safe; the
//   caches are guarded by a shared mutex.
#ifndef MAILLINT_SRC_RULES_PROOFREADING_DICTIONARIES_H_
#define MAILLINT_SRC_RULES_PROOFREADING_DICTIONARIES_H_

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace maillint {

class SpellChecker {
 public:
  virtual ~SpellChecker() = default;
  // The dictionary name, e.g. "en_US".
  virtual const std::string& name() const = 0;
  // True when the dictionary accepts `word` (UTF-8).
  virtual bool Accepts(std::string_view word) const = 0;
  // Up to `max` (at most 5) suggestions, best first; may be empty.
  virtual std::vector<std::string> Suggest(std::string_view word,
                                           size_t max) const = 0;
};

// The process-wide dictionary named `name` ("en_US", "es_ES"), loading it on
// first use; nullptr when it is not installed or does not load (the failure
// is remembered and not retried).
const SpellChecker* GetSpellChecker(const std::string& name);

// Starts loading `name` on a background thread, so that the first
// GetSpellChecker(name) finds it ready (or waits for the rest of the load)
// while the caller reads its configuration, rules and input meanwhile. At
// most one prefetch runs; the process waits for it at exit.
void PrefetchSpellChecker(const std::string& name);

// The dictionaries `names`, in order, each loaded on first need. For one
// message on one thread (not thread-safe; the dictionaries themselves are).
class DictionaryChain {
 public:
  explicit DictionaryChain(std::vector<std::string> names)
      : names_(std::move(names)) {}

  // The first dictionary that loads; null when none does.
  const SpellChecker* First() const;
  // True when some dictionary accepts one of `forms`; a dictionary is
  // loaded only when every one before it rejected all of them.
  bool AnyAccepts(std::initializer_list<std::string_view> forms) const;

 private:
  // The i-th dictionary that loads (loading it now); null past the end.
  const SpellChecker* At(size_t i) const;

  std::vector<std::string> names_;
  mutable size_t next_name_ = 0;
  mutable std::vector<const SpellChecker*> loaded_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PROOFREADING_DICTIONARIES_H_
