// The `notify` outcome: a separate message to the staff sender listing what
// maillint found, so they can fix and resend.
//
// The notice is piped to `gateway.notify.command` (default: Postfix's
// sendmail with the null envelope sender) through /bin/sh. It carries
// "Auto-Submitted: auto-generated" (RFC 3834), and the milter never sends a
// notice about a message that is itself auto-submitted, so notices cannot
// loop. Excerpts are masked as in every report (the runner masks them
// unless the configuration asks otherwise); the notice goes to the envelope
// sender only, never to the message's recipients.
#ifndef MAILLINT_SRC_GATEWAY_NOTIFY_H_
#define MAILLINT_SRC_GATEWAY_NOTIFY_H_

#include <string>

#include "base/config.h"
#include "base/status.h"
#include "gateway/gateway_config.h"
#include "gateway/policy.h"
#include "lint/message_result.h"

namespace maillint {

// The notice as an RFC 5322 message (LF line endings), To: `sender`.
std::string NoticeText(const Config& config, const GatewayConfig& gateway,
                       const std::string& sender, const MessageResult& result,
                       const Decision& decision);

// Builds the notice and pipes it to the notify command; waits for it.
// Does nothing for an empty (null) sender.
Status SendNotice(const Config& config, const GatewayConfig& gateway,
                  const std::string& sender, const MessageResult& result,
                  const Decision& decision);

}  // namespace maillint

#endif  // MAILLINT_SRC_GATEWAY_NOTIFY_H_
