#include "report/junit_reporter.h"

#include <doctest/doctest.h>

#include "tests/report/sample_results.h"

namespace maillint {
namespace {

using testing::Render;
using testing::SampleRun;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

int Count(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

TEST_CASE("junit: one testsuite, one testcase per message, counts") {
  std::string xml = Render("junit", SampleRun());
  CHECK(Contains(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
  CHECK(Count(xml, "<testsuite ") == 1);
  CHECK(Count(xml, "<testcase ") == 3);
  CHECK(Contains(xml,
                 "<testsuite name=\"maillint\" tests=\"3\" failures=\"1\" "
                 "errors=\"1\""));
}

TEST_CASE("junit: failure lists the findings, error gives the reason") {
  std::string xml = Render("junit", SampleRun());
  CHECK(Contains(xml, "name=\"inbox.mbox#2\""));
  CHECK(Contains(xml,
                 "<failure message=\"1 finding at or above error: "
                 "proofreading.placeholder\" type=\"fail\">"));
  CHECK(Contains(xml,
                 "inbox.mbox#2:12:6: error: template placeholder left in "
                 "[proofreading.placeholder]"));
  CHECK(Contains(xml, "inbox.mbox#2: warning: the reply has no greeting"));
  CHECK(Contains(
      xml, "<error message=\"broken.eml: cannot open\" type=\"error\"/>"));
  CHECK(Contains(xml, "<system-out>Subject: Re: lunch\n"));
}

TEST_CASE("junit: text is escaped and made valid XML") {
  CHECK(XmlEscape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;");
  CHECK(XmlEscape("x\x01y\x1b") == "xy");
  CHECK(XmlEscape("tab\there\nline") == "tab\there\nline");
  CHECK(XmlEscape("caf\xc3\xa9") == "caf\xc3\xa9");
  CHECK(XmlEscape("bad\xff!") == "bad\xef\xbf\xbd!");
  CHECK(XmlEscape("\xed\xa0\x80") == "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
  MessageResult r = testing::FailingMailboxMessage();
  r.subject = "<script>&";
  std::string xml = Render("junit", {r});
  CHECK_FALSE(Contains(xml, "<script>"));
  CHECK(Contains(xml, "Subject: &lt;script&gt;&amp;"));
}

TEST_CASE("formats: table, and did-you-mean for unknown names") {
  CHECK(ReporterFormats() == std::vector<std::string_view>{
                                 "text", "json", "jsonl", "sarif", "junit"});
  std::ostringstream out;
  auto bad = MakeReporter("sarf", out, ReportOptions());
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code() == Status::Code::kInvalidArgument);
  CHECK(Contains(bad.error().message(),
                 "unknown format 'sarf' (did you mean 'sarif'?)"));
  auto far = MakeReporter("pdf", out, ReportOptions());
  REQUIRE_FALSE(far);
  CHECK_FALSE(Contains(far.error().message(), "did you mean"));
  for (std::string_view name : ReporterFormats()) {
    CHECK(MakeReporter(name, out, ReportOptions()));
  }
}

}  // namespace
}  // namespace maillint
