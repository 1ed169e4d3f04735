// The confidentiality rules on messages built in code (recipients and
// attachments set directly, independent of the MIME parser), plus the
// masking guarantees of their reports.
#include <doctest/doctest.h>

#include "lint/rule_registry.h"
#include "lint/runner.h"
#include "mail/address_parser.h"
#include "rules/confidentiality/sensitive-attachment.h"
#include "rules/families.h"
#include "tests/rules/fixture.h"
#include "tests/testing.h"

namespace maillint {
namespace {

struct Run {
  std::vector<Finding> findings;
  size_t Count(std::string_view id) const {
    return static_cast<size_t>(
        std::count_if(findings.begin(), findings.end(),
                      [&](const Finding& f) { return f.rule_id == id; }));
  }
};

Message Make(const std::string& body, const std::string& to,
             const std::string& cc = "") {
  Message m = testing::PrepareText(body);
  m.from = ParseAddressList("Sam Green <sgreen@pghschools.org>");
  m.to = ParseAddressList(to);
  m.cc = ParseAddressList(cc);
  return m;
}

Run Check(const Analysis& a,
          std::vector<std::string> select = {"-*", "confidentiality.*"},
          bool show_sensitive = false) {
  Config config = testing::FixtureBaseConfig();
  config.rules.select = std::move(select);
  config.show_sensitive = show_sensitive;
  RuleRegistry registry;
  AddBuiltinRules(registry);
  auto rules = registry.Instantiate(config);
  REQUIRE(rules.has_value());
  Runner runner(config, std::move(rules.value()), RunOptions());
  return Run{runner.Check(a).findings};
}

Run Check(const Message& m,
          std::vector<std::string> select = {"-*", "confidentiality.*"},
          bool show_sensitive = false) {
  return Check(Analysis(m), std::move(select), show_sensitive);
}

}  // namespace

TEST_CASE(
    "severity: error with an external recipient, warning when all internal") {
  std::string body = "Her SSN is 512-44-3187.\n";
  Run external = Check(Make(body, "parent@gmail.com"));
  REQUIRE(external.Count("confidentiality.ssn") == 1);
  CHECK(external.findings[0].severity == Severity::kError);
  CHECK(external.findings[0].sensitive);
  Run internal = Check(Make(body, "registrar@pghschools.org"));
  REQUIRE(internal.Count("confidentiality.ssn") == 1);
  CHECK(internal.findings[0].severity == Severity::kWarning);
}

TEST_CASE("messages and excerpts never carry the raw value unless asked") {
  std::string body =
      "SSN 512-44-3187, card 4556 7375 8689 9855 exp 04/27, password: "
      "Tiger#22\n";
  Run masked = Check(Make(body, "parent@gmail.com"));
  CHECK(masked.findings.size() == 3);
  for (const Finding& f : masked.findings) {
    for (const char* raw : {"512-44-3187", "4556 7375 8689 9855", "Tiger#22"}) {
      CAPTURE(f.message);
      CAPTURE(f.excerpt);
      CHECK(f.message.find(raw) == std::string::npos);
      CHECK(f.excerpt.find(raw) == std::string::npos);
    }
  }
  CHECK(masked.findings[0].excerpt.find("***-**-3187") != std::string::npos);
  Run shown =
      Check(Make(body, "parent@gmail.com"), {"-*", "confidentiality.*"}, true);
  REQUIRE(shown.findings.size() == 3);
  CHECK(shown.findings[0].message.find("512-44-3187") != std::string::npos);
}

TEST_CASE("visible-recipients counts external To/Cc addresses") {
  std::string six =
      "a@gmail.com, b@yahoo.com, c@outlook.com, d@gmail.com, e@hotmail.com";
  std::string body = "Dear families,\n\nThe bus leaves at 9.\n";
  CHECK(Check(Make(body, six, "f@gmail.com"))
            .Count("confidentiality.visible-recipients") == 1);
  CHECK(Check(Make(body, six)).Count("confidentiality.visible-recipients") ==
        0);
  CHECK(Check(Make(body, six, "office@pghschools.org"))
            .Count("confidentiality.visible-recipients") == 0);
  Message list = Make(body, six, "pta-announce-l@lists.example.org");
  CHECK(Check(list).Count("confidentiality.visible-recipients") == 0);
}

TEST_CASE("multiple-families needs a named student and two surnames") {
  std::string named = "Student Jayden Miller will sit at a new table.\n";
  CHECK(Check(Make(named,
                   "Kim Miller <kim@gmail.com>, Thao Nguyen <tn@yahoo.com>"))
            .Count("confidentiality.multiple-families") == 1);
  CHECK(Check(Make(named,
                   "Kim Miller <kim@gmail.com>, Rob Miller <rob@yahoo.com>"))
            .Count("confidentiality.multiple-families") == 0);
  CHECK(Check(Make(named, "kim.miller@gmail.com, Rob Miller <r77@yahoo.com>"))
            .Count("confidentiality.multiple-families") == 0);
  CHECK(Check(Make("The bus leaves at 9.\n",
                   "Kim Miller <kim@gmail.com>, Thao Nguyen <tn@yahoo.com>"))
            .Count("confidentiality.multiple-families") == 0);
}

TEST_CASE("protected-category: topic + identified student + outside address") {
  std::string body =
      "Student Jayden Miller has an IEP and his grades dropped.\n";
  CHECK(Check(Make(body, "coach.ray@gmail.com"))
            .Count("confidentiality.protected-category") == 1);
  CHECK(Check(Make(body, "counselor@pghschools.org"))
            .Count("confidentiality.protected-category") == 0);
  CHECK(Check(Make(body, "Kim Miller <kim.miller@gmail.com>"))
            .Count("confidentiality.protected-category") == 0);
  CHECK(Check(Make("Your son Marcus has an IEP meeting Tuesday.\n",
                   "dad@gmail.com"))
            .Count("confidentiality.protected-category") == 0);
  CHECK(Check(Make("The IEP team meets Tuesday.\n", "coach.ray@gmail.com"))
            .Count("confidentiality.protected-category") == 0);
  CHECK(Check(Make("Student ID: 2034871 was suspended for two days.\n",
                   "coach.ray@gmail.com"))
            .Count("confidentiality.protected-category") == 1);
}

TEST_CASE("attachments: sensitive names and scanned text") {
  Message m = Make("Attached.\n", "pta@gmail.com");
  Attachment roster;
  roster.filename = "Period3_Roster.xlsx";
  roster.content_type = "application/vnd.ms-excel";
  Attachment csv;
  csv.filename = "export.csv";
  csv.content_type = "text/csv";
  csv.text = "Student,DOB,Grade\nMaria Lopez,03/14/2012,4\nSSN 512-44-3187\n";
  Attachment form;
  form.filename = "Field_Trip_Permission_Form.pdf";
  m.attachments = {roster, csv, form};
  Run run = Check(m);
  CHECK(run.Count("confidentiality.sensitive-attachment") == 2);
  CHECK(run.Count("confidentiality.ssn") == 1);
  for (const Finding& f : run.findings) {
    CHECK(f.message.find("512-44-3187") == std::string::npos);
  }
  m.attachments = {form};
  CHECK(Check(m).findings.empty());
}

TEST_CASE("record kinds from attachment names") {
  using confidentiality::RecordKindFromName;
  CHECK(RecordKindFromName("Period3_Roster.xlsx") == "roster");
  CHECK(RecordKindFromName("Q1 Grades.csv") == "grade book");
  CHECK(RecordKindFromName("transcript_2026.pdf") == "transcript");
  CHECK(RecordKindFromName("Lopez_IEP_2026.pdf") == "IEP");
  CHECK(RecordKindFromName("504 Plan - Miller.docx") == "504 plan");
  CHECK(RecordKindFromName("student_data_export.csv") == "student records");
  CHECK(RecordKindFromName("Q1_attendance.xlsx") == "attendance record");
  CHECK(RecordKindFromName("lista de estudiantes.xlsx") == "roster");
  CHECK(RecordKindFromName("Attendance_Policy.pdf") == "");
  CHECK(RecordKindFromName("IEP_Parent_Guide.pdf") == "");
  CHECK(RecordKindFromName("Grades_K-5_Supply_List.pdf") == "");
  CHECK(RecordKindFromName("Field_Trip_Permission_Form.pdf") == "");
  CHECK(RecordKindFromName("discipline.pdf") == "");
  CHECK(confidentiality::LooksLikeStudentTable("Student,DOB,Grade\nA,1,2\n"));
  CHECK_FALSE(confidentiality::LooksLikeStudentTable("Item,Price,Qty\n"));
}

TEST_CASE("protected-category: a reply to whoever asked stays silent") {
  std::string body =
      "Jayden's IEP meeting moved to Tuesday.\n\n"
      "On Mon, Oct 12, 2026 at 6:10 PM Kim <kim.m@gmail.com> wrote:\n"
      "> Can we move Jayden's IEP meeting?\n";
  CHECK(Check(Make(body, "kim.m@gmail.com"))
            .Count("confidentiality.protected-category") == 0);
  CHECK(Check(Make(body, "coach@gmail.com"))
            .Count("confidentiality.protected-category") == 1);
}

TEST_CASE("disclaimer segments and confidentiality footers are never scanned") {
  std::string body =
      "Thank you.\n\nCONFIDENTIALITY NOTICE: this message may contain student "
      "records such as SSN 512-44-3187 and is intended only for the named "
      "recipient.\n";
  CHECK(Check(Make(body, "parent@gmail.com")).findings.empty());
  Message m = Make("Hi.\n\nSSN 512-44-3187\n", "parent@gmail.com");
  Anatomy anatomy;
  anatomy.segments = {{SegmentType::kNewText, 0, 4, 0},
                      {SegmentType::kDisclaimer, 5, m.body.text.size(), 0}};
  CHECK(Check(Analysis(m, anatomy)).findings.empty());
}

TEST_CASE("an invalid student ID pattern is a configuration error") {
  Config config = testing::FixtureBaseConfig();
  config.confidentiality.student_id_patterns = {"(unclosed"};
  RuleRegistry registry;
  AddBuiltinRules(registry);
  auto rules = registry.Instantiate(config);
  REQUIRE_FALSE(rules.has_value());
  CHECK(rules.error().message().find("student_id_patterns") !=
        std::string::npos);
}

}  // namespace maillint
