// Classifying what produced a message from its headers (AutoClass in
// message.h).
//
// Strongest evidence wins, in this order:
//   kSystem     empty Return-Path "<>", Content-Type multipart/report
//               (delivery-status or disposition-notification), a From of
//               MAILER-DAEMON, Auto-Submitted other than "no" or
//               "auto-replied" (auto-generated notifications)
//   kAutoReply  Auto-Submitted: auto-replied, X-Autoreply, X-Autorespond,
//               Precedence: auto_reply, or an auto-generated message whose
//               subject starts "Automatic reply:" / "Out of Office"
//   kBulk       Precedence: bulk or junk
//   kList       List-Id, Precedence: list
//   kBulk       List-Unsubscribe (newsletters without List-Id)
//   kHuman      none of the above
// Thread-safe.
#ifndef MAILLINT_SRC_MAIL_AUTO_CLASS_H_
#define MAILLINT_SRC_MAIL_AUTO_CLASS_H_

#include "mail/message.h"

namespace maillint {

// Reads `message.headers` (and `from`, `subject`).
AutoClass ClassifyAutomation(const Message& message);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_AUTO_CLASS_H_
