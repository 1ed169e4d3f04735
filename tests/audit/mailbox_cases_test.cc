// The hand-made mailboxes under tests/audit/<case>/ (one .eml per message),
// run through the whole audit pipeline (RunAudit) with the turnaround rules.
#include <doctest/doctest.h>

#include <algorithm>

#include "audit/audit_run.h"
#include "audit/audit_stats.h"
#include "lint/rule_registry.h"
#include "mailbox/mail_date.h"
#include "rules/families.h"
#include "tests/testing.h"

namespace maillint {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> CaseFiles(const std::vector<std::string>& cases) {
  std::vector<std::string> files;
  for (const std::string& c : cases) {
    std::vector<std::string> in_case;
    for (const auto& e :
         fs::directory_iterator(testing::SourceDir() / "tests/audit" / c)) {
      if (e.path().extension() == ".eml") in_case.push_back(e.path().string());
    }
    std::sort(in_case.begin(), in_case.end());
    files.insert(files.end(), in_case.begin(), in_case.end());
  }
  return files;
}

struct CaseRun {
  Config config;
  std::unique_ptr<Runner> staff, inbound;
  std::unique_ptr<BusinessClock> clock;
  AuditData data;

  const InboundOutcome& Outcome(const std::string& message_id) const {
    for (const InboundOutcome& o : data.outcomes) {
      if (data.records[o.record].message_id == message_id) return o;
    }
    FAIL("no inbound outcome for " << message_id);
    return data.outcomes.front();
  }
  std::vector<std::string> Rules(const std::string& message_id) const {
    std::vector<std::string> ids;
    for (const MailRecord& r : data.records) {
      if (r.message_id != message_id) continue;
      for (const Finding& f : data.checks[r.index].findings) {
        ids.push_back(f.rule_id);
      }
    }
    return ids;
  }
  const MailRecord& Record(const std::string& message_id) const {
    for (const MailRecord& r : data.records) {
      if (r.message_id == message_id) return r;
    }
    FAIL("no record " << message_id);
    return data.records.front();
  }
};

std::unique_ptr<CaseRun> Run(const std::vector<std::string>& cases,
                             const std::string& clock_kind = "calendar") {
  auto run = std::make_unique<CaseRun>();
  run->config.organization.domains = {"pghschools.org"};
  run->config.turnaround.clock = clock_kind;
  run->config.rules.select = {"-*", "turnaround.*"};
  RuleRegistry registry;
  AddBuiltinRules(registry);
  run->staff = std::make_unique<Runner>(
      run->config, registry.Instantiate(run->config).value(), RunOptions());
  run->inbound = std::make_unique<Runner>(
      run->config, registry.Instantiate(run->config).value(), RunOptions());
  run->clock = std::make_unique<BusinessClock>(
      BusinessClock::Create(run->config.turnaround, "America/New_York")
          .value());
  AuditRunOptions options;
  options.paths = CaseFiles(cases);
  options.jobs = 2;
  options.settings.as_of =
      ParseIso8601("2026-11-20T17:00:00-05:00")->unix_seconds;
  Result<AuditData> data =
      RunAudit(run->config, *run->clock, *run->staff, *run->inbound, options);
  REQUIRE(data.has_value());
  run->data = std::move(data.value());
  REQUIRE(run->data.read_errors.empty());
  return run;
}

using Strings = std::vector<std::string>;

TEST_CASE("mailbox: a reply in time answers") {
  auto run = Run({"answered"});
  const InboundOutcome& o = run->Outcome("a1@mail.gmail.com");
  CHECK(o.status == InboundStatus::kAnswered);
  CHECK(run->data.records[o.answered_by].message_id == "a2@pghschools.org");
  CHECK(o.elapsed_hours == doctest::Approx(2.4667).epsilon(0.001));
  CHECK(run->Rules("a1@mail.gmail.com").empty());
}

TEST_CASE("mailbox: a late reply is turnaround.late on the inbound message") {
  auto run = Run({"late"});
  const InboundOutcome& o = run->Outcome("b1@yahoo.com");
  CHECK(o.status == InboundStatus::kLate);
  CHECK(o.elapsed_hours == doctest::Approx(29.5833).epsilon(0.001));
  CHECK(run->Rules("b1@yahoo.com") == Strings{"turnaround.late"});
  CHECK(run->Rules("b2@pghschools.org").empty());
}

TEST_CASE("mailbox: an auto-reply before the human reply is not the answer") {
  auto run = Run({"auto-reply-first"});
  CHECK(run->Record("d2@pghschools.org").kind == MailKind::kAutomated);
  const InboundOutcome& o = run->Outcome("d1@outlook.com");
  CHECK(run->data.records[o.answered_by].message_id == "d3@pghschools.org");
  CHECK(o.elapsed_hours == doctest::Approx(5.5));
  CHECK(o.status == InboundStatus::kAnswered);
}

TEST_CASE("mailbox: a reply without reply headers is matched by subject") {
  auto run = Run({"subject-only", "answered"});
  const MailRecord& reply = run->Record("e2@pghschools.org");
  CHECK(reply.parent_ids.empty());
  CHECK(run->data.index.JoinedBySubject(reply.index));
  const InboundOutcome& o = run->Outcome("e1@icloud.com");
  CHECK(o.answered_by == reply.index);
  CHECK(o.elapsed_hours == doctest::Approx(2.75));
}

TEST_CASE("mailbox: a second inbound message in the thread has its own clock") {
  auto run = Run({"second-inbound"});
  const InboundOutcome& first = run->Outcome("f1@comcast.net");
  const InboundOutcome& second = run->Outcome("f2@comcast.net");
  CHECK(first.answered_by == second.answered_by);
  CHECK(first.elapsed_hours == doctest::Approx(19));
  CHECK(second.elapsed_hours == doctest::Approx(1.5));
  CHECK(first.status == InboundStatus::kAnswered);
}

TEST_CASE("mailbox: a weekend is late on the calendar, in time on weekdays") {
  auto calendar = Run({"weekend"});
  CHECK(calendar->Outcome("g1@mail.gmail.com").status == InboundStatus::kLate);
  CHECK(calendar->Outcome("g1@mail.gmail.com").elapsed_hours ==
        doctest::Approx(65.5833).epsilon(0.001));
  auto weekdays = Run({"weekend"}, "weekdays");
  CHECK(weekdays->Outcome("g1@mail.gmail.com").status ==
        InboundStatus::kAnswered);
  CHECK(weekdays->Outcome("g1@mail.gmail.com").elapsed_hours ==
        doctest::Approx(17.5833).epsilon(0.001));
}

TEST_CASE("mailbox: Friday EDT to Monday EST is 67.5 hours") {
  auto run = Run({"dst"});
  CHECK(run->Outcome("h1@mail.gmail.com").elapsed_hours ==
        doctest::Approx(67.5));
}

TEST_CASE("mailbox: internal threads and newsletters start no clock") {
  auto run = Run({"internal", "newsletter"});
  CHECK(run->data.outcomes.empty());
  CHECK(run->Record("i2@pghschools.org").kind == MailKind::kInternal);
  CHECK(run->Record("n1@news.edtechdigest.example").kind ==
        MailKind::kAutomated);
  for (const RecordCheck& c : run->data.checks) CHECK(c.findings.empty());
}

TEST_CASE("mailbox: unanswered past the limit, waiting within it") {
  auto run = Run({"unanswered"});
  CHECK(run->Record("c2@pghschools.org").kind == MailKind::kForwarded);
  const InboundOutcome& chloe = run->Outcome("c1@hotmail.com");
  CHECK(chloe.status == InboundStatus::kUnanswered);
  CHECK(chloe.elapsed_hours == doctest::Approx(54.75));
  CHECK(run->Rules("c1@hotmail.com") == Strings{"turnaround.unanswered"});
  const InboundOutcome& ivan = run->Outcome("v1@mail.gmail.com");
  CHECK(ivan.status == InboundStatus::kWaiting);
  CHECK(ivan.elapsed_hours == doctest::Approx(6.9167).epsilon(0.001));
  // Its Received time is 3 h 05 earlier than its Date header.
  CHECK(run->Rules("v1@mail.gmail.com") == Strings{"turnaround.date-mismatch"});
}

TEST_CASE("mailbox: statistics over every case") {
  auto run =
      Run({"dst", "weekend", "answered", "subject-only", "newsletter", "late",
           "internal", "second-inbound", "unanswered", "auto-reply-first"});
  AuditStats stats = ComputeStats(run->data, run->config, *run->clock);
  const ResponseStats& r = stats.responses;
  CHECK(r.inbound == 10);
  CHECK(r.answered == 8);
  CHECK(r.answered_in_time == 5);
  CHECK(r.late == 3);
  CHECK(r.unanswered == 1);
  CHECK(r.waiting == 1);
  // Sorted: 1.5 2.47 2.75 5.5 19 29.58 65.58 67.5 -> median (5.5+19)/2.
  CHECK(r.median == doctest::Approx(12.25));
  CHECK(stats.staff.size() >= 2);
}

}  // namespace
}  // namespace maillint
