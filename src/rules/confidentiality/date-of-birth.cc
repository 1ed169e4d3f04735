#include "rules/confidentiality/date-of-birth.h"

#include "rules/confidentiality/detectors.h"

namespace maillint {

RuleInfo DateOfBirthRule::Info() {
  RuleInfo info;
  info.id = "confidentiality.date-of-birth";
  info.summary = "A date of birth is written in the mail or its attachments.";
  info.standard = "S6";
  info.default_severity = Severity::kError;
  info.doc =
      "Finds a full date (with a year) written right after a date-of-birth "
      "keyword: DOB, date of birth, birth date, born on, fecha de nacimiento, "
      "nacido el. Other dates stay silent. The value is shown masked in every "
      "report "
      "unless --show-sensitive is given. Error when any recipient is "
      "external, warning when all are internal.";
  info.source = "built-in";
  info.fire_examples = {R"(Student: Maria Lopez, DOB: 03/14/2012)"};
  info.silent_examples = {R"(The meeting is on 03/14/2025.)"};
  return info;
}

DateOfBirthRule::DateOfBirthRule(const RuleContext& /*ctx*/)
    : ValueRule(Info()) {}

std::vector<confidentiality::Detection> DateOfBirthRule::Detect(
    std::string_view text) const {
  return confidentiality::FindDatesOfBirth(text);
}

}  // namespace maillint
