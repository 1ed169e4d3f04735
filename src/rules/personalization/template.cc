#include "rules/personalization/template.h"

#include <string>

#include "mailbox/thread_index.h"

namespace maillint {

RuleInfo TemplateReplyRule::Info() {
  RuleInfo info;
  info.id = "personalization.template";
  info.summary =
      "The same reply text went unchanged to several families in the mailbox.";
  info.standard = "S3";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Only `maillint audit` can see this. A staff reply's new text (the "
      "greeting left out, so \"Hi Ana\" and \"Hi Luis\" do not make two "
      "texts; folded for case, accents and punctuation) is compared with "
      "every other staff reply in the mailbox; when the same text of 20 "
      "words or more went to `MinRecipients` (default 3) or more different "
      "recipients, each copy is reported. A stock answer is a good start, "
      "but the family's name and their own question should be in it.";
  return info;
}

TemplateReplyRule::TemplateReplyRule(const RuleContext& context)
    : Rule(Info()), min_recipients_(context.GetInt("MinRecipients", 3)) {}

void TemplateReplyRule::Check(CheckContext& ctx) const {
  if (ctx.thread() == nullptr) return;
  const MailRecord& record = ctx.thread()->current();
  int recipients = record.same_text_recipients + 1;
  if (record.reply_text_hash == 0 || recipients < min_recipients_) return;
  Finding& f =
      Report(ctx, Location::Message(),
             "the same reply text went to " + std::to_string(recipients) +
                 " different recipients in this mailbox");
  f.suggestion =
      "answer each family's own question in your own words, not only with a "
      "stock text";
}

}  // namespace maillint
