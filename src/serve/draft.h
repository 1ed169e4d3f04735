// Draft context: what a plain-text draft does not say about itself.
//
// A draft typed in a mail client has no headers. `check --to --subject
// --in-reply-to` and the draft server give it the recipient, the subject and
// the message it answers, so that the rules that read them (greeting names,
// confidentiality of recipients, reply language, late replies) can run.
// Values the message already has are never replaced.
#ifndef MAILLINT_SRC_SERVE_DRAFT_H_
#define MAILLINT_SRC_SERVE_DRAFT_H_

#include <memory>
#include <optional>
#include <string>

#include "anatomy/anatomy.h"
#include "base/result.h"
#include "mail/message.h"

namespace maillint {

struct DraftContext {
  std::string to;       // "Name <addr>, ..." as typed
  std::string subject;  // as typed
  // The message being answered (parsed and segmented); may be null.
  std::shared_ptr<const Message> replied;

  bool empty() const { return to.empty() && subject.empty() && !replied; }
};

// Fills what `message` lacks from `context`: To, Subject ("Re: " + the
// answered subject) and In-Reply-To.
void AmendDraft(const DraftContext& context, Message& message);

// What the answered message says about the original (its sender, date,
// subject and text), for the analysis to use when the draft quotes
// nothing (analysis/analysis.h); nullopt without one.
std::optional<QuotedOriginal> KnownOriginal(const DraftContext& context);

// Parses and segments the first message in `data` (a file's bytes; `name`
// names it in errors).
Result<Message> ParseRepliedMessage(const std::string& name, std::string data);

// Reads and parses the message in the file `path`.
Result<Message> LoadRepliedMessage(const std::string& path);

}  // namespace maillint

#endif  // MAILLINT_SRC_SERVE_DRAFT_H_
