// Helpers shared by the unit tests: where test data lives, and building a
// prepared Message from literal text.
#ifndef MAILLINT_TESTS_TESTING_H_
#define MAILLINT_TESTS_TESTING_H_

#include <filesystem>
#include <string>

#include "lint/runner.h"

namespace maillint::testing {

// The repository root.
inline std::filesystem::path SourceDir() { return MAILLINT_SOURCE_DIR; }

// ../shared/corpus-real next to the repository (never copied into it).
// Tests that need it print a notice and return early when it is absent.
inline std::filesystem::path CorpusRealDir() {
  return SourceDir().parent_path() / "shared" / "corpus-real";
}

// Parses and segments `text` as if read from `path`.
inline Message PrepareText(const std::string& text,
                           const std::string& path = "test.eml") {
  Origin origin;
  origin.path = path;
  Result<Message> m =
      PrepareMessage(RawMessage::FromString(origin, text), ParseOptions());
  return m ? std::move(m.value()) : Message();
}

}  // namespace maillint::testing

#endif  // MAILLINT_TESTS_TESTING_H_
