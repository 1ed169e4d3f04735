// Per-rule fixtures: real .eml files whose expectations travel in test-only
// headers (see tests/rules/README.md). Shared by the fixture test and the
// registry completeness test.
#ifndef MAILLINT_TESTS_RULES_FIXTURE_H_
#define MAILLINT_TESTS_RULES_FIXTURE_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/config.h"
#include "base/result.h"

namespace maillint::testing {

struct Expectation {
  std::string rule_id;
  std::string at;  // text the finding's range starts with; empty = anywhere
};

struct Fixture {
  std::filesystem::path path;
  std::string rule_id;  // "<family>.<name>" from the directory
  std::string message;  // the .eml without the X-Maillint-Test-* headers
  std::vector<Expectation> expected;
  bool expect_none = false;
  std::vector<std::pair<std::string, std::string>> settings;
  std::string as_of;  // X-Maillint-Test-As-Of (mailbox fixtures), ISO 8601
};

// Every fixture under tests/rules/<family>/<name>/, sorted by path: the
// .eml files (one message each) and the fire-*/silent-* folders (a mailbox
// of .eml files, for rules that need the whole mailbox, run by `audit`).
std::vector<std::filesystem::path> FindFixtures(
    const std::filesystem::path& root);

// True for a fixture name: "fire-..." or "silent-..." .eml or folder.
bool IsFixtureName(const std::filesystem::path& path, std::string_view prefix);

// Reads one fixture; fails naming the file and line on a malformed header.
Result<Fixture> LoadFixture(const std::filesystem::path& path);

// The configuration fixtures start from: a test organization with
// organization.domains = [pghschools.org].
Config FixtureBaseConfig();

}  // namespace maillint::testing

#endif  // MAILLINT_TESTS_RULES_FIXTURE_H_
