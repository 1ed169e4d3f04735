#include "rules/out-of-office/auto_reply.h"

#include "base/vocabulary.h"

namespace maillint {

bool IsOutOfOfficeReply(const Message& message) {
  if (message.auto_class == AutoClass::kAutoReply) return true;
  return Vocab().Mentions(VocabList::kAutoReply, message.subject);
}

}  // namespace maillint
