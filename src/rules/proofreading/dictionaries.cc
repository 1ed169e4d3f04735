#include "rules/proofreading/dictionaries.h"

#include <nuspell/dictionary.hxx>
#include <nuspell/finder.hxx>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <unordered_map>

namespace maillint {
namespace {

constexpr size_t kMaxCachedWords = 200000;

struct CachedWord {
  bool accepted = false;
  std::optional<std::vector<std::string>> suggestions;
};

class NuspellChecker : public SpellChecker {
 public:
  NuspellChecker(std::string name, std::unique_ptr<nuspell::Dictionary> dict)
      : name_(std::move(name)), dict_(std::move(dict)) {}

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
    std::vector<std::string> suggestions;
    dict_->suggest(word, suggestions);
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

  std::string name_;
  std::unique_ptr<nuspell::Dictionary> dict_;
  mutable std::shared_mutex mutex_;
  mutable std::unordered_map<std::string, CachedWord> cache_;
};

std::filesystem::path FindAffFile(const std::string& name) {
  std::vector<std::filesystem::path> dirs;
  if (const char* env = std::getenv("MAILLINT_HUNSPELL_DIR")) dirs.push_back(env);
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
  return std::make_unique<NuspellChecker>(name, std::move(dict));
}

struct Slot {
  std::once_flag once;
  std::unique_ptr<SpellChecker> checker;
};

}  // namespace

const SpellChecker* GetSpellChecker(const std::string& name) {
  static std::mutex slots_mutex;
  static std::map<std::string, std::unique_ptr<Slot>> slots;
  Slot* slot;
  {
    std::lock_guard lock(slots_mutex);
    std::unique_ptr<Slot>& entry = slots[name];
    if (!entry) entry = std::make_unique<Slot>();
    slot = entry.get();
  }
  std::call_once(slot->once, [&] { slot->checker = Load(name); });
  return slot->checker.get();
}

}  // namespace maillint
