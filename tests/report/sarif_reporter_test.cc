#include "report/sarif_reporter.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "tests/report/sample_results.h"

namespace maillint {
namespace {

using nlohmann::json;
using testing::Render;
using testing::SampleRun;

RuleInfo PlaceholderInfo() {
  RuleInfo info;
  info.id = "proofreading.placeholder";
  info.summary = "Template leftovers such as [NAME] must not be sent.";
  info.standard = "S5";
  info.default_severity = Severity::kError;
  info.doc = "Placeholders show the family a template.";
  return info;
}

json RenderSarif() {
  static const RuleInfo info = PlaceholderInfo();
  ReportOptions options;
  options.rules = {&info};
  return json::parse(Render("sarif", SampleRun(), options));
}

TEST_CASE("sarif: 2.1.0 log with the rules that ran") {
  json log = RenderSarif();
  CHECK(log["version"] == "2.1.0");
  CHECK(log["$schema"].get<std::string>().find("sarif-schema-2.1.0.json") !=
        std::string::npos);
  REQUIRE(log["runs"].size() == 1);
  const json& run = log["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  const json& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() >= 1);
  CHECK(rules[0]["id"] == "proofreading.placeholder");
  CHECK(rules[0]["shortDescription"]["text"] ==
        "Template leftovers such as [NAME] must not be sent.");
  CHECK(rules[0]["defaultConfiguration"]["level"] == "error");
  CHECK(rules[0]["properties"]["standard"] == "S5");
}

TEST_CASE("sarif: one result per finding, ruleIndex matches ruleId") {
  json log = RenderSarif();
  const json& run = log["runs"][0];
  const json& results = run["results"];
  REQUIRE(results.size() == 3);
  for (const json& result : results) {
    int index = result["ruleIndex"];
    CHECK(run["tool"]["driver"]["rules"][index]["id"] == result["ruleId"]);
  }
  CHECK(results[0]["ruleId"] == "greeting.missing");  // added on first sight
  CHECK(results[0]["level"] == "warning");
  CHECK(results[2]["level"] == "note");
}

TEST_CASE("sarif: regions only for file positions") {
  json log = RenderSarif();
  const json& results = log["runs"][0]["results"];
  const json& placeholder = results[1]["locations"][0]["physicalLocation"];
  CHECK(placeholder["artifactLocation"]["uri"] == "inbox.mbox");
  CHECK(placeholder["region"]["startLine"] == 12);
  CHECK(placeholder["region"]["startColumn"] == 6);
  CHECK(placeholder["region"]["endLine"] == 12);
  CHECK(placeholder["region"]["endColumn"] == 12);
  CHECK(placeholder["region"]["snippet"]["text"] == "Dear [NAME],");
  CHECK(results[1]["properties"]["messageIndex"] == 2);
  CHECK(results[1]["properties"]["messageId"] == "abc@pghschools.org");

  const json& body = results[2];
  CHECK_FALSE(body["locations"][0]["physicalLocation"].contains("region"));
  CHECK(body["properties"]["bodyLine"] == 3);
  CHECK_FALSE(
      results[0]["locations"][0]["physicalLocation"].contains("region"));
}

TEST_CASE("sarif: unreadable messages become tool notifications") {
  json log = RenderSarif();
  const json& invocation = log["runs"][0]["invocations"][0];
  CHECK(invocation["executionSuccessful"] == true);
  REQUIRE(invocation["toolExecutionNotifications"].size() == 1);
  CHECK(invocation["toolExecutionNotifications"][0]["message"]["text"] ==
        "broken.eml: cannot open");
}

TEST_CASE("sarif: empty run is a valid log") {
  json log = json::parse(Render("sarif", {}));
  CHECK(log["runs"][0]["results"].empty());
}

TEST_CASE("sarif: paths become URI references") {
  CHECK(PathToUri("inbox/a b.eml") == "inbox/a%20b.eml");
  CHECK(PathToUri("/var/mail/x#1") == "file:///var/mail/x%231");
  CHECK(PathToUri("caf\xc3\xa9.eml") == "caf%C3%A9.eml");
  CHECK(SarifLevel(Severity::kInfo) == std::string("note"));
}

}  // namespace
}  // namespace maillint
