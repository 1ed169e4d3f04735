#include "lint/user_words.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "base/text.h"

namespace maillint {

std::string UserWordsPath() {
  if (const char* env = std::getenv("MAILLINT_WORDS"); env && *env) return env;
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
    return std::string(xdg) + "/maillint/words.txt";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::string(home) + "/.config/maillint/words.txt";
  return "";
}

std::vector<std::string> ReadUserWords(const std::string& path) {
  std::vector<std::string> words;
  if (path.empty()) return words;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::string_view word = Trim(std::string_view(line).substr(
        0, std::min(line.size(), line.find('#'))));
    if (!word.empty()) words.emplace_back(word);
  }
  return words;
}

void AddUserWords(const std::string& path, Config& config) {
  std::vector<std::string> words = ReadUserWords(path);
  if (words.empty()) return;
  config.proofreading.words.insert(config.proofreading.words.end(),
                                   words.begin(), words.end());
}

Status AddUserWord(const std::string& path, const std::string& word) {
  bool bad = word.empty() || word.size() > 64 ||
             std::any_of(word.begin(), word.end(), [](char c) {
               unsigned char u = static_cast<unsigned char>(c);
               return u < 0x21 || u == 0x7F || c == '#';
             });
  if (bad) {
    return Status::InvalidArgument(
        "a word is 1-64 bytes with no spaces, '#' or control characters");
  }
  if (path.empty()) return Status::IoError("words", "no $HOME for the list");
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(),
                                      ec);
  std::vector<std::string> known = ReadUserWords(path);
  if (std::find(known.begin(), known.end(), word) != known.end())
    return Status::Ok();
  std::ofstream out(path, std::ios::app);
  out << word << "\n";
  out.flush();
  if (!out) return Status::IoError(path, "cannot write the word list");
  return Status::Ok();
}

}  // namespace maillint
