#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "report/report_json.h"
#include "tests/report/sample_results.h"

namespace maillint {
namespace {

using nlohmann::json;
using testing::Render;
using testing::SampleRun;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_CASE("json: one document with schema_version, tool, messages, summary") {
  json doc = json::parse(Render("json", SampleRun()));
  CHECK(doc["schema_version"] == kReportSchemaVersion);
  CHECK(doc["tool"]["name"] == "maillint");
  CHECK(doc["fail_on"] == "error");
  REQUIRE(doc["messages"].size() == 3);
  CHECK(doc["summary"]["messages"] == 3);
  CHECK(doc["summary"]["failed"] == 1);
  CHECK(doc["summary"]["errors"] == 1);
  CHECK(doc["summary"]["findings"]["warning"] == 1);
}

TEST_CASE("json: finding fields, null when unknown") {
  json doc = json::parse(Render("json", SampleRun()));
  const json& findings = doc["messages"][0]["findings"];
  REQUIRE(findings.size() == 2);
  const json& greeting = findings[0];
  CHECK(greeting["rule"] == "greeting.missing");
  CHECK(greeting["severity"] == "warning");
  CHECK(greeting["line"].is_null());
  CHECK(greeting["byte_begin"].is_null());
  CHECK(greeting["file_position"] == false);
  CHECK(greeting["excerpt"].is_null());
  const json& placeholder = findings[1];
  CHECK(placeholder["line"] == 12);
  CHECK(placeholder["column"] == 6);
  CHECK(placeholder["end_line"] == 12);
  CHECK(placeholder["end_column"] == 12);
  CHECK(placeholder["byte_begin"] == 310);
  CHECK(placeholder["byte_end"] == 316);
  CHECK(placeholder["file_position"] == true);
  CHECK(placeholder["excerpt"] == "Dear [NAME],");
  CHECK(placeholder["suggestion"] == "write the family's name");
}

TEST_CASE("json: message status, error and source") {
  json doc = json::parse(Render("json", SampleRun()));
  const json& failing = doc["messages"][0];
  CHECK(failing["status"] == "fail");
  CHECK(failing["error"].is_null());
  CHECK(failing["source"]["path"] == "inbox.mbox");
  CHECK(failing["source"]["index"] == 2);
  CHECK(failing["source"]["byte_offset"] == 4096);
  CHECK(failing["source"]["message_id"] == "abc@pghschools.org");
  CHECK(failing["source"]["subject"] == "Re: bus schedule");
  CHECK(failing["source"]["from"] == "Ana Ruiz <ana@pghschools.org>");
  CHECK(doc["messages"][1]["source"]["index"].is_null());
  CHECK(doc["messages"][2]["status"] == "error");
  CHECK(doc["messages"][2]["error"] == "broken.eml: cannot open");
}

TEST_CASE("json: empty run and invalid UTF-8 still give valid JSON") {
  json empty = json::parse(Render("json", {}));
  CHECK(empty["messages"].empty());
  MessageResult r = testing::PassingMessageWithInfo();
  r.subject = "caf\xe9 \xff";
  json doc = json::parse(Render("json", {r}));
  CHECK(doc["messages"][0]["source"]["subject"] ==
        "caf\xef\xbf\xbd \xef\xbf\xbd");
}

TEST_CASE(
    "jsonl: one message per line, flushed as it arrives, then a summary") {
  std::ostringstream out;
  auto reporter = MakeReporter("jsonl", out, ReportOptions());
  REQUIRE(reporter);
  (*reporter)->Begin();
  (*reporter)->OnMessage(testing::FailingMailboxMessage());
  std::vector<std::string> so_far = Lines(out.str());
  REQUIRE(so_far.size() == 1);
  CHECK(json::parse(so_far[0])["status"] == "fail");

  std::vector<std::string> lines = Lines(Render("jsonl", SampleRun()));
  REQUIRE(lines.size() == 4);
  for (size_t i = 0; i < 3; ++i) {
    json line = json::parse(lines[i]);
    CHECK(line["type"] == "message");
    CHECK(line["schema_version"] == kReportSchemaVersion);
    CHECK(line.contains("findings"));
  }
  json summary = json::parse(lines[3]);
  CHECK(summary["type"] == "summary");
  CHECK(summary["messages"] == 3);
  CHECK(summary["passed"] == 1);
}

}  // namespace
}  // namespace maillint
