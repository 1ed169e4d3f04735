#include "rules/proofreading/dictionaries.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <nuspell/dictionary.hxx>
#include <nuspell/finder.hxx>
#include <optional>
#include <shared_mutex>
#include <thread>
#include <unordered_map>

namespace maillint {
namespace {

constexpr size_t kMaxCachedWords = 200000;
constexpr size_t kMaxSuggestions = 5;

struct CachedWord {
  bool accepted = false;
  std::optional<std::vector<std::string>> suggestions;
};

std::u32string ToUtf32(std::string_view s) {
  std::u32string out;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    out += static_cast<char32_t>(u.char32At(i));
  }
  return out;
}

std::string ToUtf8(const std::u32string& s) {
  icu::UnicodeString u;
  for (char32_t c : s) u.append(static_cast<UChar32>(c));
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Every string one edit from `w`, most likely slips first.
std::vector<std::u32string> OneEditAway(const std::u32string& w,
                                        const std::u32string& alphabet) {
  std::vector<std::u32string> out;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    std::u32string t = w;
    std::swap(t[i], t[i + 1]);
    out.push_back(t);
  }
  for (size_t i = 0; i < w.size(); ++i)
    out.push_back(w.substr(0, i) + w.substr(i + 1));
  for (size_t i = 0; i < w.size(); ++i) {
    for (char32_t c : alphabet) {
      if (c == w[i]) continue;
      std::u32string t = w;
      t[i] = c;
      out.push_back(t);
    }
  }
  for (size_t i = 0; i <= w.size(); ++i) {
    for (char32_t c : alphabet) out.push_back(w.substr(0, i) + c + w.substr(i));
  }
  return out;
}

// The lowercase letters of the TRY line of `aff` (the affix file).
std::u32string TryAlphabet(const std::filesystem::path& aff) {
  std::ifstream in(aff);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("TRY ", 0) != 0) continue;
    std::u32string letters;
    for (char32_t c : ToUtf32(line.substr(4))) {
      if (u_islower(static_cast<UChar32>(c))) letters += c;
    }
    return letters;
  }
  return U"esianrtolcdugmphbyfvkwzxjq";
}

class NuspellChecker : public SpellChecker {
 public:
  NuspellChecker(std::string name, std::unique_ptr<nuspell::Dictionary> dict,
                 std::u32string alphabet)
      : name_(std::move(name)),
        dict_(std::move(dict)),
        alphabet_(std::move(alphabet)) {}

  const std::string& name() const override { return name_; }

  bool Accepts(std::string_view word) const override {
    {
      std::shared_lock lock(mutex_);
      auto it = cache_.find(std::string(word));
      if (it != cache_.end()) return it->second.accepted;
    }
    bool accepted = dict_->spell(word);
    std::unique_lock lock(mutex_);
    if (cache_.size() >= kMaxCachedWords) cache_.clear();
    cache_[std::string(word)].accepted = accepted;
    return accepted;
  }

  std::vector<std::string> Suggest(std::string_view word,
                                   size_t max) const override {
    std::string key(word);
    {
      std::shared_lock lock(mutex_);
      auto it = cache_.find(key);
      if (it != cache_.end() && it->second.suggestions) {
        return First(*it->second.suggestions, max);
      }
    }
    std::vector<std::string> suggestions = NearbyWords(word, kMaxSuggestions);
    std::unique_lock lock(mutex_);
    if (cache_.size() >= kMaxCachedWords) cache_.clear();
    CachedWord& entry = cache_[key];
    entry.accepted = false;
    entry.suggestions = suggestions;
    return First(suggestions, max);
  }

 private:
  static std::vector<std::string> First(const std::vector<std::string>& all,
                                        size_t max) {
    return {all.begin(), all.begin() + std::min(max, all.size())};
  }

  std::vector<std::string> NearbyWords(std::string_view word,
                                       size_t max) const {
    std::vector<std::string> found;
    std::u32string w = ToUtf32(word);
    if (w.size() > 40) return found;
    for (const std::u32string& candidate : OneEditAway(w, alphabet_)) {
      std::string utf8 = ToUtf8(candidate);
      if (std::find(found.begin(), found.end(), utf8) != found.end()) continue;
      if (dict_->spell(utf8)) found.push_back(utf8);
      if (found.size() >= max) break;
    }
    return found;
  }

  std::string name_;
  std::unique_ptr<nuspell::Dictionary> dict_;
  std::u32string alphabet_;
  mutable std::shared_mutex mutex_;
  mutable std::unordered_map<std::string, CachedWord> cache_;
};

std::filesystem::path FindAffFile(const std::string& name) {
  std::vector<std::filesystem::path> dirs;
  if (const char* env = std::getenv("MAILLINT_HUNSPELL_DIR"))
    dirs.push_back(env);
  dirs.push_back("/usr/share/hunspell");
  nuspell::append_default_dir_paths(dirs);
  return nuspell::search_dirs_for_one_dict(dirs, name);
}

std::unique_ptr<SpellChecker> Load(const std::string& name) {
  if (name.empty() || name.find('/') != std::string::npos) return nullptr;
  std::filesystem::path aff = FindAffFile(name);
  if (aff.empty()) return nullptr;
  auto dict = std::make_unique<nuspell::Dictionary>();
  try {
    dict->load_aff_dic(aff);
  } catch (const std::exception&) {
    return nullptr;
  }
  return std::make_unique<NuspellChecker>(name, std::move(dict),
                                          TryAlphabet(aff));
}

struct Slot {
  std::once_flag once;
  std::unique_ptr<SpellChecker> checker;
};

}  // namespace

const SpellChecker* GetSpellChecker(const std::string& name) {
  static std::mutex slots_mutex;
  // Never destroyed: freeing the dictionaries at exit costs ~10 ms for
  // nothing (the process is ending). The map stays reachable, so leak
  // checkers do not report it.
  static auto* slots = new std::map<std::string, std::unique_ptr<Slot>>();
  Slot* slot;
  {
    std::lock_guard lock(slots_mutex);
    std::unique_ptr<Slot>& entry = (*slots)[name];
    if (!entry) entry = std::make_unique<Slot>();
    slot = entry.get();
  }
  std::call_once(slot->once, [&] { slot->checker = Load(name); });
  return slot->checker.get();
}

void PrefetchSpellChecker(const std::string& name) {
  static std::once_flag once;
  static std::thread* loader = nullptr;  // joined at exit, never freed
  std::call_once(once, [&] {
    loader = new std::thread([name] { GetSpellChecker(name); });
    std::atexit([] {
      if (loader->joinable()) loader->join();
    });
  });
}

const SpellChecker* DictionaryChain::At(size_t i) const {
  while (loaded_.size() <= i && next_name_ < names_.size()) {
    if (const SpellChecker* c = GetSpellChecker(names_[next_name_++]))
      loaded_.push_back(c);
  }
  return i < loaded_.size() ? loaded_[i] : nullptr;
}

const SpellChecker* DictionaryChain::First() const { return At(0); }

bool DictionaryChain::AnyAccepts(
    std::initializer_list<std::string_view> forms) const {
  for (size_t i = 0;; ++i) {
    const SpellChecker* c = At(i);
    if (c == nullptr) return false;
    for (std::string_view form : forms) {
      if (c->Accepts(form)) return true;
    }
  }
}

}  // namespace maillint
