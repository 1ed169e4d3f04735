#include "serve/draft.h"

#include "lint/runner.h"
#include "mail/address_parser.h"
#include "mail/input.h"

namespace maillint {
namespace {

QuotedOriginal OriginalOf(const Message& replied) {
  QuotedOriginal original;
  if (!replied.from.empty()) {
    original.author_name = replied.from.front().display_name;
    original.author_address = replied.from.front().address;
  }
  if (replied.date) {
    original.date_unix_seconds = replied.date->unix_seconds;
    original.date_has_zone = true;
  }
  original.subject = replied.subject;
  original.text = replied.body.text;
  return original;
}

// The first message `read` delivers, parsed.
Result<Message> FirstMessage(
    const std::string& name,
    const std::function<Status(RawMessageSink)>& read) {
  Message original;
  Status read_status = Status::IoError(name, "no message found");
  read([&](RawMessage raw) {
    Result<Message> parsed = PrepareMessage(raw, ParseOptions());
    if (parsed) {
      original = std::move(parsed.value());
      read_status = Status::Ok();
    } else {
      read_status = parsed.error();
    }
    return false;  // only the first message
  });
  if (!read_status.ok()) return read_status;
  return original;
}

}  // namespace

void AmendDraft(const DraftContext& context, Message& m) {
  if (!context.to.empty() && m.to.empty()) m.to = ParseAddressList(context.to);
  if (!context.subject.empty() && m.subject.empty())
    m.subject = context.subject;
  const Message* replied = context.replied.get();
  if (replied == nullptr) return;
  if (m.in_reply_to.empty() && !replied->message_id.empty()) {
    m.in_reply_to.push_back(replied->message_id);
  }
  if (m.subject.empty() && !replied->subject.empty())
    m.subject = "Re: " + replied->subject;
  if (m.to.empty())
    m.to = replied->reply_to.empty() ? replied->from : replied->reply_to;
}

std::optional<QuotedOriginal> KnownOriginal(const DraftContext& context) {
  if (!context.replied) return std::nullopt;
  return OriginalOf(*context.replied);
}

Result<Message> ParseRepliedMessage(const std::string& name, std::string data) {
  return FirstMessage(name, [&](RawMessageSink sink) {
    return ReadInputBytes(name, std::move(data), InputOptions(), sink);
  });
}

Result<Message> LoadRepliedMessage(const std::string& path) {
  return FirstMessage(path, [&](RawMessageSink sink) {
    return ReadInputs({path}, InputOptions(), sink);
  });
}

}  // namespace maillint
