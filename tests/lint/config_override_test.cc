#include "lint/config_override.h"

#include <doctest/doctest.h>

namespace maillint {
namespace {

TEST_CASE("ApplyConfigSetting sets scalars, lists and rule maps") {
  Config c;
  CHECK(ApplyConfigSetting(c, "organization.domains",
                           "PghSchools.org, pps.k12.pa.us")
            .ok());
  CHECK(c.organization.domains ==
        std::vector<std::string>{"pghschools.org", "pps.k12.pa.us"});
  CHECK(ApplyConfigSetting(c, "organization.domains", "[a.org, b.org]").ok());
  CHECK(c.organization.domains == std::vector<std::string>{"a.org", "b.org"});
  CHECK(ApplyConfigSetting(c, "turnaround.hours", "48").ok());
  CHECK(c.turnaround.hours == 48);
  CHECK(ApplyConfigSetting(c, "fail_on", "warning").ok());
  CHECK(c.fail_on == Severity::kWarning);
  CHECK(ApplyConfigSetting(c, "rules.severity.tone.blame", "off").ok());
  CHECK(c.rules.severity["tone.blame"] == "off");
  CHECK(ApplyConfigSetting(c, "rules.options.links.homepage.AllowRoot", "true",
                           "X-Maillint-Test-Config")
            .ok());
  const OptionValue& v = c.rules.options["links.homepage"]["AllowRoot"];
  CHECK(v.scalar == "true");
  CHECK(v.source == "X-Maillint-Test-Config");
  CHECK(c.sources["turnaround.hours"] == "--set");
}

TEST_CASE("ApplyConfigSetting keeps regex commas and lists in brackets") {
  Config c;
  CHECK(ApplyConfigSetting(c, "confidentiality.student_id_patterns", "\\d{6,8}")
            .ok());
  CHECK(c.confidentiality.student_id_patterns ==
        std::vector<std::string>{"\\d{6,8}"});
  CHECK(ApplyConfigSetting(c, "rules.options.a.b.Words", "[x, y]").ok());
  CHECK(c.rules.options["a.b"]["Words"].list ==
        std::vector<std::string>{"x", "y"});
  CHECK(ApplyConfigAssignment(c, "rules.select=-*,greeting.*").ok());
  CHECK(c.rules.select == std::vector<std::string>{"-*", "greeting.*"});
}

TEST_CASE("ApplyConfigSetting rejects bad keys and values") {
  Config c;
  Status s = ApplyConfigSetting(c, "organization.domain", "x.org");
  CHECK(s.code() == Status::Code::kInvalidConfig);
  CHECK(s.message() ==
        "--set: organization.domain: unknown key 'domain' in 'organization'; "
        "did you mean 'domains'?");
  CHECK(ApplyConfigSetting(c, "turnaround.hours", "soon").message() ==
        "--set: turnaround.hours: expected a number, got 'soon'");
  CHECK(!ApplyConfigSetting(c, "fail_on", "fatal").ok());
  CHECK(
      !ApplyConfigSetting(c, "confidentiality.student_id_patterns", "(").ok());
  CHECK(!ApplyConfigSetting(c, "organization.timezone", "Mars/Olympus").ok());
  CHECK(!ApplyConfigSetting(c, "rules.options.nodot", "1").ok());
  CHECK(!ApplyConfigSetting(c, "rules.severity.tone.blame", "loud").ok());
  CHECK(ApplyConfigSetting(c, "organisation.name", "x").message() ==
        "--set: organisation.name: unknown key 'organisation'; did you mean "
        "'organization'?");
  CHECK(c.turnaround.hours == 24);
}

}  // namespace
}  // namespace maillint
