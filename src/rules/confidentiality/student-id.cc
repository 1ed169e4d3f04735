#include "rules/confidentiality/student-id.h"

namespace maillint {

RuleInfo StudentIdRule::Info() {
  RuleInfo info;
  info.id = "confidentiality.student-id";
  info.summary =
      "A student identifier is written in the mail or its attachments.";
  info.standard = "S6";
  info.default_severity = Severity::kError;
  info.doc =
      "Finds student identifiers next to a keyword such as \"student ID\", "
      "\"student #\", \"SSID\", \"lunch number\", \"perm ID\" or \"número de "
      "estudiante\". Districts describe their ID formats with "
      "confidentiality.student_id_patterns (RE2); without patterns, a value "
      "of 5 to 10 digits (optionally after a short letter prefix) right "
      "after the keyword counts. The value is shown masked in every report "
      "unless --show-sensitive is given. Error when any recipient is "
      "external, warning when all are internal.";
  info.source = "built-in";
  info.fire_examples = {R"(Student ID: 2034871 (Maria Lopez, grade 4))"};
  info.silent_examples = {R"(Please bring your student ID card to the game.)"};
  return info;
}

StudentIdRule::StudentIdRule(const RuleContext& ctx)
    : ValueRule(Info()),
      finder_(ctx.config().confidentiality.student_id_patterns) {
  for (const std::string& error : finder_.errors()) ctx.OptionError(error);
}

std::vector<confidentiality::Detection> StudentIdRule::Detect(
    std::string_view text) const {
  return finder_.Find(text);
}

}  // namespace maillint
