// Runs every per-rule fixture under tests/rules/<family>/<name>/ against its
// one rule and requires the findings to match the expectations exactly.
#include "tests/rules/fixture.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "audit/audit_run.h"
#include "base/text.h"
#include "lint/config_loader.h"
#include "lint/config_override.h"
#include "lint/rule_registry.h"
#include "lint/runner.h"
#include "mailbox/mail_date.h"
#include "rules/families.h"
#include "tests/testing.h"

namespace maillint::testing {

bool IsFixtureName(const std::filesystem::path& path, std::string_view prefix) {
  std::string name = path.filename().string();
  if (!StartsWith(name, prefix)) return false;
  return std::filesystem::is_directory(path) || path.extension() == ".eml";
}

std::vector<std::filesystem::path> FindFixtures(
    const std::filesystem::path& root) {
  namespace fs = std::filesystem;
  std::vector<fs::path> out;
  if (!fs::exists(root)) return out;
  for (const auto& family : fs::directory_iterator(root)) {
    if (!family.is_directory()) continue;
    for (const auto& rule : fs::directory_iterator(family.path())) {
      if (!rule.is_directory()) continue;
      for (const auto& entry : fs::directory_iterator(rule.path())) {
        if (entry.is_directory() || entry.path().extension() == ".eml") {
          out.push_back(entry.path());
        }
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

// Parses `X-Maillint-Expect: <id> [at "text"]` or `none`.
Status ParseExpect(const std::string& where, std::string_view value,
                   Fixture& f) {
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

Status ParseSetting(const std::string& where, std::string_view value,
                    Fixture& f) {
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
    } else if (in_headers &&
               StartsWith(AsciiLower(l), "x-maillint-test-config:")) {
      s = ParseSetting(where, l.substr(23), f);
    } else if (in_headers &&
               StartsWith(AsciiLower(l), "x-maillint-test-as-of:")) {
      f.as_of = std::string(Trim(l.substr(22)));
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
    return StartsWith(
        std::string_view(message.body.text)
            .substr(std::min(f.where.begin, message.body.text.size())),
        e.at);
  }
  return f.excerpt.find(e.at) != std::string::npos ||
         f.message.find(e.at) != std::string::npos;
}

// The fixture configuration (base plus the fixtures' settings) running only
// `rule_id`, and the registry it comes from.
struct FixtureSetup {
  Config config = FixtureBaseConfig();
  RuleRegistry registry;

  Status Init(
      const std::string& rule_id,
      const std::vector<std::pair<std::string, std::string>>& settings) {
    for (const auto& [key, value] : settings) {
      Status s = ApplyConfigSetting(config, key, value);
      if (!s.ok()) return s;
    }
    config.rules.select = {"-*", rule_id};
    AddBuiltinRules(registry);
    Status loaded = AddConfiguredRules(config, registry);
    if (!loaded.ok()) return loaded;
    if (registry.Find(rule_id) == nullptr) {
      return Status::InvalidArgument("no rule '" + rule_id +
                                     "' (from the fixture's directory)");
    }
    return Status::Ok();
  }
  Result<std::unique_ptr<Runner>> MakeRunner() const {
    auto rules = registry.Instantiate(config);
    if (!rules) return rules.error();
    return std::make_unique<Runner>(config, std::move(rules.value()),
                                    RunOptions());
  }
};

// Compares the findings of `fixture.rule_id` on one message with the
// fixture's expectations; appends every mismatch to `problems`.
void CompareFindings(const Fixture& fixture, const Message& message,
                     const std::vector<Finding>& all,
                     std::vector<std::string>& problems) {
  std::vector<Finding> findings;
  for (const Finding& f : all) {
    if (f.rule_id == fixture.rule_id) findings.push_back(f);
  }
  for (const Expectation& e : fixture.expected) {
    auto hit =
        std::find_if(findings.begin(), findings.end(),
                     [&](const Finding& f) { return Matches(e, f, message); });
    if (hit == findings.end()) {
      problems.push_back("expected " + e.rule_id +
                         (e.at.empty() ? "" : " at \"" + e.at + "\"") +
                         ", not found");
    } else {
      findings.erase(hit);
    }
  }
  for (const Finding& f : findings) {
    problems.push_back("unexpected " + f.rule_id + " at " +
                       std::to_string(f.line) + ":" + std::to_string(f.column) +
                       ": " + f.message);
  }
}

Result<Message> PrepareFixture(const Runner& runner, const Fixture& fixture) {
  Origin origin;
  origin.path = fixture.path.string();
  return runner.Prepare(RawMessage::FromString(origin, fixture.message));
}

// Runs one single-message fixture; returns a description of every mismatch.
std::vector<std::string> RunFixture(const Fixture& fixture) {
  FixtureSetup setup;
  Status init = setup.Init(fixture.rule_id, fixture.settings);
  if (!init.ok()) return {init.message()};
  auto runner = setup.MakeRunner();
  if (!runner) return {runner.error().message()};
  Result<Message> message = PrepareFixture(*runner.value(), fixture);
  if (!message) return {message.error().message()};
  std::vector<std::string> problems;
  CompareFindings(fixture, message.value(),
                  runner.value()->Check(message.value()).findings, problems);
  return problems;
}

// The moment a mailbox fixture is audited at, unless one of its messages
// says otherwise with X-Maillint-Test-As-Of.
constexpr const char* kDefaultAsOf = "2026-11-20T17:00:00-05:00";

// Runs one mailbox fixture (a folder of .eml files) through the whole audit
// pipeline; each message's findings must match its own expectations, and a
// message without X-Maillint-Expect lines must have none.
std::vector<std::string> RunMailboxFixture(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::string rule_id = dir.parent_path().parent_path().filename().string() +
                        "." + dir.parent_path().filename().string();
  bool fire = StartsWith(dir.filename().string(), "fire-");
  std::vector<Fixture> messages;
  std::vector<std::pair<std::string, std::string>> settings;
  std::string as_of = kDefaultAsOf;
  int expectations = 0;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".eml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  // Per process, so two test runs at once (release and ASan) never share it.
  fs::path root = fs::temp_directory_path() /
                  ("maillint-mailbox-fixture-" + std::to_string(getpid()));
  fs::path copies = root / rule_id / dir.filename();
  fs::create_directories(copies);
  std::vector<std::string> paths;
  for (const fs::path& file : files) {
    Result<Fixture> f = LoadFixture(file);
    if (!f) return {f.error().message()};
    f->rule_id = rule_id;
    settings.insert(settings.end(), f->settings.begin(), f->settings.end());
    if (!f->as_of.empty()) as_of = f->as_of;
    expectations += static_cast<int>(f->expected.size());
    // The audit reads files, so it gets copies without the test headers.
    paths.push_back((copies / file.filename()).string());
    std::ofstream(paths.back(), std::ios::binary) << f->message;
    messages.push_back(std::move(f.value()));
  }
  if (messages.size() < 2)
    return {"a mailbox fixture needs two or more .eml files"};
  if (fire && expectations == 0)
    return {"a fire- mailbox needs X-Maillint-Expect lines"};
  if (!fire && expectations != 0)
    return {"a silent- mailbox expects no findings"};

  FixtureSetup setup;
  Status init = setup.Init(rule_id, settings);
  if (!init.ok()) return {init.message()};
  auto staff = setup.MakeRunner();
  auto inbound = setup.MakeRunner();
  if (!staff || !inbound) return {"cannot instantiate " + rule_id};
  auto clock =
      BusinessClock::Create(setup.config.turnaround, "America/New_York");
  if (!clock) return {clock.error().message()};
  std::optional<MessageDate> when = ParseIso8601(as_of);
  if (!when) return {"X-Maillint-Test-As-Of: not ISO 8601: " + as_of};
  AuditRunOptions options;
  options.paths = paths;
  options.jobs = 1;
  options.settings.as_of = when->unix_seconds;
  Result<AuditData> data = RunAudit(setup.config, clock.value(), *staff.value(),
                                    *inbound.value(), options);
  std::error_code ignored;
  fs::remove_all(root, ignored);
  if (!data) return {data.error().message()};
  std::vector<std::string> problems = data->read_errors;
  for (const MailRecord& record : data->records) {
    size_t i =
        std::find(paths.begin(), paths.end(), record.path) - paths.begin();
    if (i == paths.size()) continue;
    Result<Message> message = PrepareFixture(*staff.value(), messages[i]);
    if (!message) return {message.error().message()};
    std::vector<std::string> here;
    CompareFindings(messages[i], message.value(),
                    data->checks[record.index].findings, here);
    for (const std::string& p : here) {
      problems.push_back(files[i].filename().string() + ": " + p);
    }
  }
  return problems;
}

// The file name says which kind of fixture it is; the headers must agree.
std::string CheckKind(const Fixture& f) {
  std::string name = f.path.filename().string();
  bool fire = StartsWith(name, "fire");
  bool silent = StartsWith(name, "silent");
  if (!fire && !silent) return "fixture names start with fire- or silent-";
  if (fire && f.expected.empty())
    return "a fire- fixture needs X-Maillint-Expect lines";
  if (silent && (!f.expect_none || !f.expected.empty())) {
    return "a silent- fixture needs exactly X-Maillint-Expect: none";
  }
  return "";
}

}  // namespace

TEST_CASE("every per-rule fixture gives exactly the expected findings") {
  std::vector<std::filesystem::path> paths =
      FindFixtures(SourceDir() / "tests" / "rules");
  int failures = 0;
  for (const std::filesystem::path& path : paths) {
    std::vector<std::string> problems;
    if (std::filesystem::is_directory(path)) {
      problems = RunMailboxFixture(path);
      if (!IsFixtureName(path, "fire-") && !IsFixtureName(path, "silent-")) {
        problems.push_back("fixture names start with fire- or silent-");
      }
      for (const std::string& p : problems) {
        FAIL_CHECK(path.lexically_relative(SourceDir()).string() << "/: " << p);
      }
      failures += problems.empty() ? 0 : 1;
      continue;
    }
    Result<Fixture> fixture = LoadFixture(path);
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
  std::ofstream(path)
      << "From: a@b.org\n"
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

  std::ofstream(path)
      << "X-Maillint-Expect: greeting.missing at unquoted\n\nx\n";
  CHECK_FALSE(LoadFixture(path).has_value());
}

}  // namespace maillint::testing
