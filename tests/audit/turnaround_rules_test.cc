// turnaround.late-draft and turnaround.date-mismatch on single messages
// (late and unanswered need a mailbox: see mailbox_cases_test.cc).
#include <doctest/doctest.h>

#include "lint/rule_examples.h"
#include "mailbox/mail_date.h"
#include "rules/turnaround/date_mismatch.h"
#include "rules/turnaround/late_draft.h"

namespace maillint {
namespace {

Config TestConfig() {
  Config config;
  config.organization.domains = {"pghschools.org"};
  return config;
}

// A draft dated `draft_date` quoting an original sent at `original`.
Example Draft(const char* draft_date, const char* original,
              const std::string& new_text = "Hi Ana,\n\nHere is the form.\n") {
  Example e;
  Message& m = e.message;
  m.headers.push_back({"Date", draft_date, draft_date, 1});
  m.body.text = new_text + "\nOn Monday Ana wrote:\n> Where is the form?\n";
  e.anatomy.segments.push_back({SegmentType::kNewText, 0, new_text.size(), 0});
  QuotedOriginal q;
  q.date_unix_seconds = ParseMailDate(original)->unix_seconds;
  q.date_has_zone = true;
  e.anatomy.original = q;
  return e;
}

std::vector<Finding> CheckWith(const Rule& rule, const Example& e,
                               const Config& config) {
  Analysis analysis(e.message, e.anatomy);
  CheckContext ctx(analysis, config, nullptr);
  rule.Check(ctx);
  return ctx.findings();
}

TEST_CASE("turnaround.late-draft fires on a draft answering old mail") {
  Config config = TestConfig();
  RuleContext rc(config, "turnaround.late-draft");
  LateDraftRule rule(rc);
  std::vector<Finding> f = CheckWith(rule,
                                     Draft("Wed, 18 Nov 2026 10:00:00 -0500",
                                           "Mon, 16 Nov 2026 09:00:00 -0500"),
                                     config);
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule_id == "turnaround.late-draft");
  CHECK(f[0].severity == Severity::kWarning);
  CHECK(f[0].message.find("49 hours") != std::string::npos);
}

TEST_CASE("turnaround.late-draft stays silent when in time or apologizing") {
  Config config = TestConfig();
  RuleContext rc(config, "turnaround.late-draft");
  LateDraftRule rule(rc);
  CHECK(CheckWith(rule,
                  Draft("Mon, 16 Nov 2026 15:00:00 -0500",
                        "Mon, 16 Nov 2026 09:00:00 -0500"),
                  config)
            .empty());
  CHECK(CheckWith(rule,
                  Draft("Wed, 18 Nov 2026 10:00:00 -0500",
                        "Mon, 16 Nov 2026 09:00:00 -0500",
                        "Hi Ana,\n\nI'm sorry for the delay. Here it is.\n"),
                  config)
            .empty());
  Example no_original = Draft("Wed, 18 Nov 2026 10:00:00 -0500",
                              "Mon, 16 Nov 2026 09:00:00 -0500");
  no_original.anatomy.original.reset();
  CHECK(CheckWith(rule, no_original, config).empty());
}

TEST_CASE("turnaround.late-draft follows the configured clock") {
  Config config = TestConfig();
  config.turnaround.clock = "weekdays";
  RuleContext rc(config, "turnaround.late-draft");
  LateDraftRule rule(rc);
  // Friday 15:00 -> Monday 09:00 is 18 weekday hours.
  CHECK(CheckWith(rule,
                  Draft("Mon, 16 Nov 2026 09:00:00 -0500",
                        "Fri, 13 Nov 2026 15:00:00 -0500"),
                  config)
            .empty());
}

TEST_CASE("turnaround.date-mismatch compares Date with the first Received") {
  Config config = TestConfig();
  RuleContext rc(config, "turnaround.date-mismatch");
  DateMismatchRule rule(rc);
  Example m;
  m.message.headers.push_back(
      {"Received", "by mx; Mon, 16 Nov 2026 06:00:00 -0500", "", 1});
  m.message.headers.push_back(
      {"Date", "Mon, 16 Nov 2026 09:00:00 -0500", "", 2});
  std::vector<Finding> f = CheckWith(rule, m, config);
  REQUIRE(f.size() == 1);
  CHECK(f[0].message.find("3 hours later") != std::string::npos);
  Example close;
  close.message.headers.push_back(
      {"Received", "by mx; Mon, 16 Nov 2026 09:40:00 -0500", "", 1});
  close.message.headers.push_back(
      {"Date", "Mon, 16 Nov 2026 09:00:00 -0500", "", 2});
  CHECK(CheckWith(rule, close, config).empty());
  Example no_received;
  no_received.message.headers.push_back(
      {"Date", "Mon, 16 Nov 2026 09:00:00 -0500", "", 1});
  CHECK(CheckWith(rule, no_received, config).empty());
}

}  // namespace
}  // namespace maillint
