#include "report/text_reporter.h"

#include <doctest/doctest.h>

#include "tests/report/sample_results.h"

namespace maillint {
namespace {

using testing::Render;
using testing::SampleRun;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST_CASE("text: findings as path#index:line:col: severity: message [rule]") {
  std::string out = Render("text", SampleRun());
  CHECK(Contains(out,
                 "inbox.mbox#2:12:6: error: template placeholder left in "
                 "[proofreading.placeholder]\n"));
  CHECK(Contains(out,
                 "inbox.mbox#2: warning: the reply has no greeting "
                 "[greeting.missing]\n"));
  CHECK(Contains(out,
                 "reply.eml: body 3:1: info: long sentence "
                 "[proofreading.readability]\n"));
}

TEST_CASE("text: excerpt with a caret under the range, then the suggestion") {
  std::string out = Render("text", SampleRun());
  CHECK(Contains(out,
                 "    Dear [NAME],\n         ^^^^^^\n"
                 "    suggestion: write the family's name\n"));
}

TEST_CASE("text: verdict per message, error reason, summary") {
  std::string out = Render("text", SampleRun());
  CHECK(Contains(out, "inbox.mbox#2: fail (1 error, 1 warning)\n"));
  CHECK(Contains(out, "reply.eml: pass with 1 info\n"));
  CHECK(Contains(out, "broken.eml: error: broken.eml: cannot open\n"));
  CHECK(Contains(out,
                 "3 messages: 1 passed (1 with findings below --fail-on), 1 "
                 "failed, 1 could not be checked; "
                 "findings: 1 error, 1 warning, 1 info (fail on error)\n"));
}

TEST_CASE("text: colour only when asked") {
  ReportOptions options;
  CHECK_FALSE(Contains(Render("text", SampleRun(), options), "\x1b["));
  options.color = true;
  std::string colored = Render("text", SampleRun(), options);
  CHECK(Contains(colored, "\x1b[1;31merror:\x1b[0m"));
  CHECK(Contains(colored, "\x1b[1;32mpass\x1b[0m"));
}

TEST_CASE("text: --quiet shows failing and unreadable messages only") {
  ReportOptions options;
  options.quiet = true;
  std::string out = Render("text", SampleRun(), options);
  CHECK(Contains(out, "inbox.mbox#2: fail"));
  CHECK(Contains(out, "broken.eml: error:"));
  CHECK_FALSE(Contains(out, "reply.eml"));
  CHECK(Contains(out, "3 messages:"));
}

TEST_CASE("text: control characters from mail never reach the terminal") {
  MessageResult r = testing::FailingMailboxMessage();
  r.findings[1].excerpt = "Dear \x1b[2J[NAME]\tx";
  r.findings[1].message = "bad \x1b]0;title\x07 thing";
  std::string out = Render("text", {r});
  CHECK_FALSE(Contains(out, "\x1b"));
  CHECK_FALSE(Contains(out, "\x07"));
  CHECK(Contains(out, "bad ?]0;title? thing"));
  CHECK(SanitizeForTerminal("a\tb\xc2\x9b"
                            "c") == "a b?c");
  CHECK(SanitizeForTerminal("caf\xc3\xa9") == "caf\xc3\xa9");
}

TEST_CASE("text: a very long line is cut around the caret, caret aligned") {
  MessageResult r = testing::FailingMailboxMessage();
  Finding& f = r.findings[1];
  f.excerpt = std::string(300, 'a') + "[NAME]" + std::string(300, 'b');
  f.excerpt_column = 301;
  f.excerpt_width = 6;
  std::string out = Render("text", {r});
  size_t excerpt_at = out.find("    \xe2\x80\xa6");  // "…"
  REQUIRE(excerpt_at != std::string::npos);
  size_t line_end = out.find('\n', excerpt_at);
  std::string line = out.substr(excerpt_at, line_end - excerpt_at);
  std::string caret_line =
      out.substr(line_end + 1, out.find('\n', line_end + 1) - line_end - 1);
  // Both lines start with the 4-space indent; the ellipsis is one column.
  size_t caret_column = caret_line.find('^');
  size_t name_byte = line.find("[NAME]");
  REQUIRE(name_byte != std::string::npos);
  CHECK(caret_column == name_byte - 2);  // "…" is 3 bytes, 1 column
  CHECK(caret_line.substr(caret_column) == "^^^^^^");
  CHECK(line.size() < 200);
}

TEST_CASE("text: counts read naturally") {
  std::vector<Finding> findings(3);
  findings[0].severity = Severity::kWarning;
  findings[1].severity = Severity::kWarning;
  findings[2].severity = Severity::kInfo;
  CHECK(CountFindings(findings) == "2 warnings, 1 info");
  CHECK(CountFindings({}) == "");
}

}  // namespace
}  // namespace maillint
