#include "rules/proofreading/word_list.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>

#include "base/text.h"

namespace maillint {
namespace {

std::filesystem::path BinaryDir() {
  std::error_code ec;
  std::filesystem::path exe =
      std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe.parent_path();
}

bool IsDir(const std::filesystem::path& p) {
  std::error_code ec;
  return !p.empty() && std::filesystem::is_directory(p, ec);
}

}  // namespace

std::filesystem::path ProjectRulesDir() {
  static const std::filesystem::path dir = [] {
    if (const char* env = std::getenv("MAILLINT_RULES_DIR"); env && *env) {
      return std::filesystem::path(env);
    }
    std::filesystem::path bin = BinaryDir();
    for (const auto& candidate :
         {bin / "rules", bin.parent_path() / "share" / "maillint" / "rules"}) {
      if (!bin.empty() && IsDir(candidate / "words")) return candidate;
    }
#ifdef MAILLINT_RULES_DIR
    if (IsDir(MAILLINT_RULES_DIR))
      return std::filesystem::path(MAILLINT_RULES_DIR);
#endif
    return std::filesystem::path();
  }();
  return dir;
}

std::unordered_set<std::string> ReadWordList(
    const std::filesystem::path& path) {
  std::unordered_set<std::string> words;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::string_view word =
        Trim(std::string_view(line).substr(0, line.find('#')));
    if (!word.empty()) words.insert(std::string(word));
  }
  return words;
}

const std::unordered_set<std::string>& ProjectWordList(
    const std::string& name) {
  static std::mutex mutex;
  static std::map<std::string, std::unordered_set<std::string>> lists;
  std::lock_guard lock(mutex);
  auto it = lists.find(name);
  if (it == lists.end()) {
    std::filesystem::path dir = ProjectRulesDir();
    it = lists
             .emplace(name, dir.empty()
                                ? std::unordered_set<std::string>()
                                : ReadWordList(dir / "words" / (name + ".txt")))
             .first;
  }
  return it->second;
}

}  // namespace maillint
