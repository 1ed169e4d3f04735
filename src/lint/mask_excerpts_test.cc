#include "lint/mask_excerpts.h"

#include <doctest/doctest.h>

namespace maillint {
namespace {

TEST_CASE("MaskSensitiveValues masks a header value everywhere, then forgets") {
  std::vector<Finding> findings(2);
  findings[0].sensitive = true;
  findings[0].sensitive_value = "4410273";
  findings[0].excerpt = "Subject: Grades for student ID 4410273";
  findings[1].message = "subject 'Grades for student ID 4410273' is long";
  std::string subject = "Grades for student ID 4410273";
  std::string from = "Linda Park <lpark@pghschools.org>";
  MaskSensitiveValues(false, findings, subject, from);
  CHECK(subject == "Grades for student ID ***0273");
  CHECK(findings[0].excerpt == "Subject: Grades for student ID ***0273");
  CHECK(findings[1].message ==
        "subject 'Grades for student ID ***0273' is long");
  CHECK(findings[0].sensitive_value.empty());
  CHECK(from == "Linda Park <lpark@pghschools.org>");
}

TEST_CASE("MaskSensitiveValues with --show-sensitive only clears the values") {
  std::vector<Finding> findings(1);
  findings[0].sensitive_value = "4410273";
  std::string subject = "ID 4410273", from;
  MaskSensitiveValues(true, findings, subject, from);
  CHECK(subject == "ID 4410273");
  CHECK(findings[0].sensitive_value.empty());
}

}  // namespace
}  // namespace maillint
