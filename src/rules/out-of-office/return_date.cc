#include "rules/out-of-office/return_date.h"

#include "base/date_mentions.h"
#include "rules/out-of-office/auto_reply.h"
#include "rules/service_text.h"

namespace maillint {

RuleInfo ReturnDateRule::Info() {
  RuleInfo info;
  info.id = "out-of-office.return-date";
  info.summary =
      "An out-of-office reply does not say when the writer will be back.";
  info.standard = "S11";
  info.default_severity = Severity::kWarning;
  info.doc =
      "A family reading an auto-reply needs to know how long the wait is. Give "
      "the return "
      "day or date (\"I will be back on Monday, November 30\").";
  return info;
}

bool ReturnDateRule::AppliesTo(const Message& message) const {
  return IsOutOfOfficeReply(message);
}

void ReturnDateRule::Check(CheckContext& ctx) const {
  const std::string& body = ctx.message().body.text;
  if (MentionsDay(body)) return;
  Report(ctx, Location::Message(),
         "the out-of-office reply gives no return date; say when you will be "
         "back");
}

}  // namespace maillint
