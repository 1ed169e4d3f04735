// Scorecard arithmetic, departments, shard specs and local-day bounds.
#include "audit/scorecard.h"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <cmath>

#include "audit/audit_partial.h"
#include "mailbox/business_clock.h"
#include "mailbox/mail_date.h"

namespace maillint {
namespace {

StandardResult Applied(int errors, int warnings, int infos) {
  StandardResult r;
  r.applicable = true;
  r.counts[static_cast<int>(Severity::kError)] = errors;
  r.counts[static_cast<int>(Severity::kWarning)] = warnings;
  r.counts[static_cast<int>(Severity::kInfo)] = infos;
  return r;
}

TEST_CASE("standard status: n/a, pass, pass with warnings, fail") {
  CHECK(StandardResult().Status(Severity::kError) ==
        StandardStatus::kNotApplicable);
  CHECK(Applied(0, 0, 0).Status(Severity::kError) == StandardStatus::kPass);
  CHECK(Applied(0, 0, 2).Status(Severity::kError) ==
        StandardStatus::kPassWithWarnings);
  CHECK(Applied(0, 1, 0).Status(Severity::kError) ==
        StandardStatus::kPassWithWarnings);
  CHECK(Applied(0, 1, 0).Status(Severity::kWarning) == StandardStatus::kFail);
  CHECK(Applied(1, 0, 0).Status(Severity::kError) == StandardStatus::kFail);
}

TEST_CASE("message score: weights, credit and auto-fail") {
  Config config;
  config.audit.weights = {{"S5", 3}};
  ScoreSettings settings = ScoreSettings::FromConfig(config);
  StandardResults results;
  CHECK_FALSE(ScoreMessage(results, settings).scored);
  results[1] = Applied(0, 0, 0);  // S2 pass, weight 1
  results[4] = Applied(0, 1, 0);  // S5 warnings, weight 3: credit 0.5
  MessageScore score = ScoreMessage(results, settings);
  CHECK(score.scored);
  CHECK(score.score == doctest::Approx(100.0 * (1 + 3 * 0.5) / 4));
  CHECK_FALSE(score.auto_failed);
  results[5] = Applied(0, 0, 1);  // S6 info only: no auto-fail
  CHECK_FALSE(ScoreMessage(results, settings).auto_failed);
  results[5] = Applied(0, 1, 0);  // S6 warning: auto-fail (default S6)
  score = ScoreMessage(results, settings);
  CHECK(score.auto_failed);
  CHECK(score.score == 0);
}

TEST_CASE("roll-ups add and merge; S1 comes from outcomes") {
  StandardResults results;
  results[0] = Applied(1, 0, 0);
  results[2] = Applied(0, 0, 0);
  MessageScore score{true, 80, false};
  ScoreRollup a, b;
  a.Add(results, score, Severity::kError);
  a.AddTurnaround(StandardStatus::kPass);
  b.AddTurnaround(StandardStatus::kFail);
  b.Merge(a);
  CHECK(b.messages == 1);
  CHECK(b.MeanScore() == 80);
  CHECK(b.PassRate(0) == 0.5);  // one outcome each way, not the message's S1
  CHECK(b.PassRate(2) == 1);
  CHECK(std::isnan(b.PassRate(3)));
}

TEST_CASE("departments: address, then domain and subdomains") {
  Config config;
  config.audit.departments = {{"ann@pghschools.org", "Registration"},
                              {"@transport.pghschools.org", "Transport"}};
  CHECK(DepartmentOf(config, "ann@pghschools.org") == "Registration");
  CHECK(DepartmentOf(config, "bo@transport.pghschools.org") == "Transport");
  CHECK(DepartmentOf(config, "cy@east.transport.pghschools.org") ==
        "Transport");
  CHECK(DepartmentOf(config, "di@xtransport.pghschools.org") == "(unassigned)");
}

TEST_CASE("shard specs from the flag and the environment") {
  unsetenv("SLURM_ARRAY_TASK_ID");
  unsetenv("JOB_COMPLETION_INDEX");
  unsetenv("SLURM_ARRAY_TASK_COUNT");
  REQUIRE(ParseShard("2/4").has_value());
  CHECK(ParseShard("2/4")->index == 2);
  CHECK_FALSE(ParseShard("0/4").has_value());
  CHECK_FALSE(ParseShard("5/4").has_value());
  CHECK_FALSE(ParseShard("auto").has_value());
  setenv("JOB_COMPLETION_INDEX", "3", 1);
  REQUIRE(ParseShard("/4").has_value());
  CHECK(ParseShard("/4")->index == 4);
  unsetenv("JOB_COMPLETION_INDEX");
  CHECK(ShardPaths(6, {2, 4}) == std::vector<int>{1, 5});
}

TEST_CASE("local day bounds follow the time zone across DST") {
  TurnaroundConfig turnaround;
  Result<BusinessClock> clock =
      BusinessClock::Create(turnaround, "America/New_York");
  REQUIRE(clock.has_value());
  // 2026-11-01 is the day DST ends: 25 hours long.
  int64_t start = clock->StartOfLocalDay(2026, 11, 1);
  int64_t next = clock->StartOfLocalDay(2026, 11, 1, 1);
  CHECK(clock->FormatLocal(start) == "2026-11-01T00:00:00-04:00");
  CHECK(next - start == 25 * 3600);
  CHECK(clock->FormatLocal(clock->StartOfLocalDay(2026, 11, 30, 1)) ==
        "2026-12-01T00:00:00-05:00");
}

}  // namespace
}  // namespace maillint
