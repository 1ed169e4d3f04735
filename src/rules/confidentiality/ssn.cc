#include "rules/confidentiality/ssn.h"

#include "rules/confidentiality/detectors.h"

namespace maillint {

RuleInfo SsnRule::Info() {
  RuleInfo info;
  info.id = "confidentiality.ssn";
  info.summary =
      "A U.S. Social Security number is written in the mail or its "
      "attachments.";
  info.standard = "S6";
  info.default_severity = Severity::kError;
  info.doc =
      "Finds Social Security numbers written as ddd-dd-dddd (or spaced, dotted "
      "or as 9 bare digits next to an SSN keyword). Numbers the SSA never "
      "issues (area 000, 666 or 900-999, group 00, serial 0000, one repeated "
      "digit) and well-known sample numbers (078-05-1120, 219-09-9999) are "
      "ignored, and so are numbers introduced as orders, tickets, cases or "
      "phone numbers. The value is shown masked in every report "
      "unless --show-sensitive is given. Error when any recipient is "
      "external, warning when all are internal.";
  info.source = "built-in";
  info.fire_examples = {R"(Her SSN is 512-44-3187 for the enrollment form.)"};
  info.silent_examples = {R"(Your order number is 512-44-3187.)",
                          R"(Call us at 412-529-3600.)"};
  return info;
}

SsnRule::SsnRule(const RuleContext& /*ctx*/) : ValueRule(Info()) {}

std::vector<confidentiality::Detection> SsnRule::Detect(
    std::string_view text) const {
  return confidentiality::FindSsns(text);
}

}  // namespace maillint
