#include "rules/out-of-office/alternate_contact.h"

#include "base/text.h"
#include "rules/out-of-office/auto_reply.h"
#include "rules/service_text.h"

namespace maillint {
namespace {

bool IsSender(const Message& m, std::string_view address) {
  for (const Address& a : m.from) {
    if (EqualsIgnoreCase(a.address, address)) return true;
  }
  return false;
}

bool HasOtherEmail(const Message& m) {
  std::string_view body = m.body.text;
  size_t pos = 0, end = 0;
  while ((pos = FindFrom(EmailPattern(), body, pos, &end)) !=
         std::string_view::npos) {
    if (!IsSender(m, body.substr(pos, end - pos))) return true;
    pos = end;
  }
  return false;
}

}  // namespace

RuleInfo AlternateContactRule::Info() {
  RuleInfo info;
  info.id = "out-of-office.alternate-contact";
  info.summary =
      "An out-of-office reply gives no one else to contact for immediate help.";
  info.standard = "S11";
  info.default_severity = Severity::kWarning;
  info.doc =
      "While staff are away, families still need options: name a colleague or "
      "office with "
      "an email address, a phone number or a link.";
  return info;
}

bool AlternateContactRule::AppliesTo(const Message& message) const {
  return IsOutOfOfficeReply(message);
}

void AlternateContactRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  if (HasOtherEmail(m) || Contains(PhonePattern(), m.body.text) ||
      Contains(UrlPattern(), m.body.text)) {
    return;
  }
  Report(ctx, Location::Message(),
         "the out-of-office reply names no alternate contact; add a "
         "colleague's email or "
         "phone, or the office line");
}

}  // namespace maillint
