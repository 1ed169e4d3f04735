#include "lint/config_loader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

namespace maillint {
namespace {

namespace fs = std::filesystem;

std::string WriteConfig(const std::string& name, const std::string& text) {
  fs::path dir = fs::temp_directory_path() / "maillint-config-test";
  fs::create_directories(dir);
  fs::path path = dir / name;
  std::ofstream(path) << text;
  return path.string();
}

TEST_CASE("LoadConfig reads every section and records sources") {
  std::string path = WriteConfig(
      "full.yml",
      "organization:\n"
      "  name: Pittsburgh Public Schools\n"
      "  domains: [PghSchools.org]\n"
      "turnaround: {hours: 48, clock: weekdays, holidays: [2026-11-26]}\n"
      "rules:\n"
      "  paths: [house]\n"
      "  select: '-*,tone.*'\n"
      "  severity: {tone.blame: error, courtesy.thanks: off}\n"
      "  options: {links.homepage: {LandingPages: [/a, /b]}}\n"
      "proofreading: {words: [Colfax], max_grade: 8}\n"
      "confidentiality: {student_id_patterns: ['\\d{6}']}\n"
      "fail_on: warning\n");
  Result<Config> c = LoadConfig(path);
  REQUIRE(c.has_value());
  CHECK(c->organization.domains == std::vector<std::string>{"pghschools.org"});
  CHECK(c->turnaround.hours == 48);
  CHECK(c->turnaround.clock == "weekdays");
  CHECK(c->rules.paths ==
        std::vector<std::string>{
            (fs::path(path).parent_path() / "house").string()});
  CHECK(c->rules.select == std::vector<std::string>{"-*", "tone.*"});
  CHECK(c->rules.severity["courtesy.thanks"] == "off");
  CHECK(c->rules.options["links.homepage"]["LandingPages"].list.size() == 2);
  CHECK(c->proofreading.max_grade == 8);
  CHECK(c->fail_on == Severity::kWarning);
  CHECK(c->sources["organization.domains"] == path + ":3:12");
  CHECK(c->source_path == path);
}

TEST_CASE("LoadConfig errors name file:line:column") {
  std::string path = WriteConfig("bad.yml", "rules:\n  slect: ['*']\n");
  Result<Config> c = LoadConfig(path);
  REQUIRE(!c.has_value());
  CHECK(c.error().code() == Status::Code::kInvalidConfig);
  CHECK(c.error().message() ==
        path + ":2:3: unknown key 'slect' in 'rules'; did you mean 'select'?");
  path = WriteConfig("type.yml", "organization:\n  domains: pghschools.org\n");
  CHECK(
      LoadConfig(path).error().message() ==
      path +
          ":2:12: 'organization.domains' expects a list, got 'pghschools.org'");
  path = WriteConfig("sev.yml", "rules:\n  severity: {tone.blame: loud}\n");
  CHECK(LoadConfig(path).error().message() ==
        path + ":2:26: expected error, warning, info or off, got 'loud'");
  CHECK(!LoadConfig("/nonexistent/maillint.yml").has_value());
  CHECK(LoadConfig(WriteConfig("empty.yml", "")).has_value());
}

}  // namespace
}  // namespace maillint
