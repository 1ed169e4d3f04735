// Registry completeness: every rule maillint ships (built-in and the default
// pack) has a doc page whose first line is its summary, and must-fire and
// must-stay-silent examples: YAML `examples` for declarative rules,
// tests/rules/<family>/<name>/fire-*.eml and silent-*.eml for C++ rules.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "base/text.h"
#include "lint/rule_pack.h"
#include "lint/rule_registry.h"
#include "rules/families.h"
#include "tests/rules/fixture.h"
#include "tests/testing.h"

namespace maillint::testing {
namespace {

namespace fs = std::filesystem;

std::string FirstLine(const fs::path& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

bool HasFixture(const fs::path& dir, std::string_view prefix) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (IsFixtureName(e.path(), prefix)) return true;
  }
  return false;
}

// What is missing for one rule, one line each.
std::vector<std::string> Missing(const RuleInfo& info) {
  std::vector<std::string> missing;
  std::string name = info.id.substr(info.id.find('.') + 1);
  fs::path doc = SourceDir() / "doc" / "rules" / info.family() / (name + ".md");
  if (!fs::exists(doc)) {
    missing.push_back("no doc page " +
                      doc.lexically_relative(SourceDir()).string());
  } else if (FirstLine(doc) != info.summary) {
    missing.push_back("doc first line \"" + FirstLine(doc) +
                      "\" is not the summary \"" + info.summary + "\"");
  }
  if (info.kind != "builtin") {
    if (info.fire_examples.empty())
      missing.push_back("no examples.fire in " + info.source);
    if (info.silent_examples.empty())
      missing.push_back("no examples.silent in " + info.source);
    return missing;
  }
  fs::path fixtures = SourceDir() / "tests" / "rules" / info.family() / name;
  bool fire = HasFixture(fixtures, "fire-"),
       silent = HasFixture(fixtures, "silent-");
  std::string where = fixtures.lexically_relative(SourceDir()).string();
  if (!fire) missing.push_back("no must-fire fixture " + where + "/fire-*.eml");
  if (!silent)
    missing.push_back("no must-stay-silent fixture " + where + "/silent-*.eml");
  return missing;
}

}  // namespace

TEST_CASE(
    "every shipped rule has a doc page and must-fire/must-stay-silent tests") {
  RuleRegistry registry;
  AddBuiltinRules(registry);
  std::vector<std::string> warnings;
  REQUIRE(
      AddRuleFolders({(SourceDir() / "rules").string()}, registry, &warnings)
          .ok());
  CHECK(warnings.empty());
  int incomplete = 0;
  for (const RuleEntry& e : registry.entries()) {
    std::vector<std::string> missing = Missing(e.info);
    for (const std::string& m : missing) FAIL_CHECK(e.info.id << ": " << m);
    incomplete += missing.empty() ? 0 : 1;
  }
  MESSAGE(registry.entries().size()
          << " rules, " << incomplete << " incomplete");
}

TEST_CASE(
    "the registry check notices a missing doc page and missing examples") {
  RuleInfo info;
  info.id = "tone.no-such-rule";
  info.summary = "Nothing.";
  info.kind = "existence";
  info.source = "rules/tone/no-such-rule.yml";
  std::vector<std::string> missing = Missing(info);
  REQUIRE(missing.size() == 3);
  CHECK(StartsWith(missing[0], "no doc page doc/rules/tone/no-such-rule.md"));
  CHECK(missing[1] == "no examples.fire in rules/tone/no-such-rule.yml");
  info.kind = "builtin";
  missing = Missing(info);
  REQUIRE(missing.size() == 3);
  CHECK(StartsWith(missing[1],
                   "no must-fire fixture tests/rules/tone/no-such-rule/fire-"));
}

}  // namespace maillint::testing
