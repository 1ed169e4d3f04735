// What the out-of-office family treats as an auto-reply.
#ifndef MAILLINT_SRC_RULES_OUT_OF_OFFICE_AUTO_REPLY_H_
#define MAILLINT_SRC_RULES_OUT_OF_OFFICE_AUTO_REPLY_H_

#include "mail/message.h"

namespace maillint {

// An RFC 3834 / vacation auto-reply (AutoClass::kAutoReply), or a message
// whose subject says it is one ("Out of Office", "Automatic reply",
// "Fuera de la oficina"), which is how drafts of one are checked.
bool IsOutOfOfficeReply(const Message& message);

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_OUT_OF_OFFICE_AUTO_REPLY_H_
