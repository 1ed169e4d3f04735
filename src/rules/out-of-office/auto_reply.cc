#include "rules/out-of-office/auto_reply.h"

#include <re2/re2.h>

namespace maillint {

bool IsOutOfOfficeReply(const Message& message) {
  if (message.auto_class == AutoClass::kAutoReply) return true;
  static const RE2 subject(
      R"((?i)\b(?:out of (?:the )?office|automatic reply|auto[- ]?reply|autoreply|)"
      R"(away from (?:the|my) office|on vacation|fuera de (?:la )?oficina|respuesta automática)\b)");
  return RE2::PartialMatch(message.subject, subject);
}

}  // namespace maillint
