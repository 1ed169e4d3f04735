// Runs every per-rule fixture under tests/rules/<family>/<name>/ against its
// one rule and requires the findings to match the expectations exactly.
#include "tests/rules/fixture.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "base/text.h"
#include "lint/config_loader.h"
#include "lint/config_override.h"
#include "lint/rule_registry.h"
#include "lint/runner.h"
#include "tests/testing.h"

namespace maillint::testing {

std::vector<std::filesystem::path> FindFixtures(const std::filesystem::path& root) {
  std::vector<std::filesystem::path> out;
  if (!std::filesystem::exists(root)) return out;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".eml") {
      out.push_back(entry.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

// Parses `X-Maillint-Expect: <id> [at "text"]` or `none`.
Status ParseExpect(const std::string& where, std::string_view value, Fixture& f) {
  value = Trim(value);
  if (value == "none") {
    f.expect_none = true;
    return Status::Ok();
  }
  Expectation e;
  size_t space = value.find(' ');
  e.rule_id = std::string(value.substr(0, space));
  if (space != std::string_view::npos) {
    std::string_view rest = Trim(value.substr(space));
    if (!StartsWith(rest, "at \"") || rest.back() != '"' || rest.size() < 5) {
      return Status::ParseError(where, 0, "expected: <rule-id> at \"text\"");
    }
    e.at = std::string(rest.substr(4, rest.size() - 5));
  }
  f.expected.push_back(e);
  return Status::Ok();
}

Status ParseSetting(const std::string& where, std::string_view value, Fixture& f) {
  size_t eq = value.find('=');
  if (eq == std::string_view::npos) {
    return Status::ParseError(where, 0, "expected: key=value");
  }
  f.settings.emplace_back(std::string(Trim(value.substr(0, eq))),
                          std::string(Trim(value.substr(eq + 1))));
  return Status::Ok();
}

}  // namespace

Result<Fixture> LoadFixture(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path.string(), "cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  Fixture f;
  f.path = path;
  f.rule_id = path.parent_path().parent_path().filename().string() + "." +
              path.parent_path().filename().string();
  std::istringstream lines(buffer.str());
  std::string line;
  bool in_headers = true;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    std::string where = path.string() + ":" + std::to_string(number);
    std::string_view l = line;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (in_headers && l.empty()) in_headers = false;
    Status s;
    if (in_headers && StartsWith(AsciiLower(l), "x-maillint-expect:")) {
      s = ParseExpect(where, l.substr(18), f);
    } else if (in_headers && StartsWith(AsciiLower(l), "x-maillint-test-config:")) {
      s = ParseSetting(where, l.substr(23), f);
    } else {
      f.message += line + "\n";
    }
    if (!s.ok()) return s;
  }
  return f;
}

Config FixtureBaseConfig() {
  Config config;
  config.organization.name = "Pittsburgh Public Schools";
  config.organization.domains = {"pghschools.org"};
  config.organization.website = "https://www.pghschools.org";
  return config;
}

namespace {

// True when finding `f` satisfies expectation `e` on `message`.
bool Matches(const Expectation& e, const Finding& f, const Message& message) {
  if (e.rule_id != f.rule_id) return false;
  if (e.at.empty()) return true;
  if (f.where.kind == Location::Kind::kBody) {
    return StartsWith(std::string_view(message.body.text).substr(
                          std::min(f.where.begin, message.body.text.size())),
                      e.at);
  }
  return f.excerpt.find(e.at) != std::string::npos ||
         f.message.find(e.at) != std::string::npos;
}

// Runs one fixture; returns a description of every mismatch.
std::vector<std::string> RunFixture(const Fixture& fixture) {
  std::vector<std::string> problems;
  Config config = FixtureBaseConfig();
  for (const auto& [key, value] : fixture.settings) {
    Status s = ApplyConfigSetting(config, key, value);
    if (!s.ok()) return {s.message()};
  }
  config.rules.select = {"-*", fixture.rule_id};
  RuleRegistry registry;
  AddBuiltinRules(registry);
  Status loaded = AddConfiguredRules(config, registry);
  if (!loaded.ok()) return {loaded.message()};
  if (registry.Find(fixture.rule_id) == nullptr) {
    return {"no rule '" + fixture.rule_id + "' (from the fixture's directory)"};
  }
  auto rules = registry.Instantiate(config);
  if (!rules) return {rules.error().message()};
  Runner runner(config, std::move(rules.value()), RunOptions());
  Origin origin;
  origin.path = fixture.path.string();
  Result<Message> message =
      runner.Prepare(RawMessage::FromString(origin, fixture.message));
  if (!message) return {message.error().message()};
  MessageResult result = runner.Check(message.value());

  std::vector<Finding> findings;
  for (Finding& f : result.findings) {
    if (f.rule_id == fixture.rule_id) findings.push_back(f);
  }
  for (const Expectation& e : fixture.expected) {
    auto hit = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) {
      return Matches(e, f, message.value());
    });
    if (hit == findings.end()) {
      problems.push_back("expected " + e.rule_id +
                         (e.at.empty() ? "" : " at \"" + e.at + "\"") + ", not found");
    } else {
      findings.erase(hit);
    }
  }
  for (const Finding& f : findings) {
    problems.push_back("unexpected " + f.rule_id + " at " + std::to_string(f.line) +
                       ":" + std::to_string(f.column) + ": " + f.message);
  }
  return problems;
}

// The file name says which kind of fixture it is; the headers must agree.
std::string CheckKind(const Fixture& f) {
  std::string name = f.path.filename().string();
  bool fire = StartsWith(name, "fire");
  bool silent = StartsWith(name, "silent");
  if (!fire && !silent) return "fixture names start with fire- or silent-";
  if (fire && f.expected.empty()) return "a fire- fixture needs X-Maillint-Expect lines";
  if (silent && (!f.expect_none || !f.expected.empty())) {
    return "a silent- fixture needs exactly X-Maillint-Expect: none";
  }
  return "";
}

}  // namespace

TEST_CASE("every per-rule fixture gives exactly the expected findings") {
  std::vector<std::filesystem::path> paths = FindFixtures(SourceDir() / "tests" / "rules");
  int failures = 0;
  for (const std::filesystem::path& path : paths) {
    Result<Fixture> fixture = LoadFixture(path);
    std::vector<std::string> problems;
    if (!fixture) {
      problems.push_back(fixture.error().message());
    } else {
      std::string kind = CheckKind(fixture.value());
      if (!kind.empty()) problems.push_back(kind);
      for (std::string& p : RunFixture(fixture.value())) problems.push_back(p);
    }
    for (const std::string& p : problems) {
      FAIL_CHECK(path.lexically_relative(SourceDir()).string() << ": " << p);
    }
    failures += problems.empty() ? 0 : 1;
  }
  MESSAGE(paths.size() << " rule fixtures, " << failures << " failing");
}

}  // namespace maillint::testing

namespace maillint::testing {

TEST_CASE("LoadFixture strips test headers and reads expectations") {
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              "maillint-fixture-test" / "greeting" / "missing";
  std::filesystem::create_directories(dir);
  std::filesystem::path path = dir / "fire-example.eml";
  std::ofstream(path) << "From: a@b.org\n"
                         "X-Maillint-Expect: greeting.missing at \"Your form\"\n"
                         "X-Maillint-Test-Config: organization.domains=b.org\n"
                         "Subject: x\n\nYour form is in.\n";
  Result<Fixture> f = LoadFixture(path);
  REQUIRE(f.has_value());
  CHECK(f->rule_id == "greeting.missing");
  REQUIRE(f->expected.size() == 1);
  CHECK(f->expected[0].at == "Your form");
  REQUIRE(f->settings.size() == 1);
  CHECK(f->settings[0].first == "organization.domains");
  CHECK(f->message.find("X-Maillint") == std::string::npos);
  CHECK(CheckKind(f.value()).empty());

  std::ofstream(path) << "X-Maillint-Expect: greeting.missing at unquoted\n\nx\n";
  CHECK_FALSE(LoadFixture(path).has_value());
}

}  // namespace maillint::testing
