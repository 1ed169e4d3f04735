// The gateway's decision for one checked message: the action from the
// policy (gateway/gateway_config.h) and the verdict header fields the
// recipients may see.
//
// HEADER POLICY
//   Mail to internal recipients only gets `headers.internal` (default full:
//   status and rule ids); mail with any external recipient gets
//   `headers.external` (default none), because one copy of the headers goes
//   to every recipient of the message. Even with `external: full`,
//   confidentiality.* rule ids are never named to an external recipient
//   (they are counted in the status only).
#ifndef MAILLINT_SRC_GATEWAY_POLICY_H_
#define MAILLINT_SRC_GATEWAY_POLICY_H_

#include <string>
#include <utility>
#include <vector>

#include "base/config.h"
#include "gateway/gateway_config.h"
#include "lint/message_result.h"

namespace maillint {

struct Decision {
  GatewayAction action = GatewayAction::kAccept;
  bool notify = false;
  std::string code;                   // enhanced status code for hold/reject
  std::string reason;                 // for the SMTP reply / quarantine reason
  std::vector<std::string> rule_ids;  // the findings behind `action`
};

// Counts of the envelope recipients by whether they are internal.
struct RecipientMix {
  int internal = 0;
  int external = 0;
};

RecipientMix ClassifyRecipients(const Config& config,
                                const std::vector<std::string>& recipients);

Decision Decide(const GatewayConfig& gateway, const MessageResult& result,
                const RecipientMix& mix);

// The X-Maillint-* fields to add, as (name, value) with folded values using
// "\n " continuations; empty when the header policy says none.
std::vector<std::pair<std::string, std::string>> VerdictFields(
    const GatewayConfig& gateway, const MessageResult& result,
    const RecipientMix& mix);

// The same for a message that could not be checked (`reason` is shown only
// where full headers are allowed).
std::vector<std::pair<std::string, std::string>> ErrorFields(
    const GatewayConfig& gateway, std::string_view reason,
    const RecipientMix& mix);

// `text` made safe for an SMTP reply line: printable ASCII, '%' doubled
// (libmilter's smfi_setreply formats it), at most `max_length` characters.
std::string ReplyText(std::string_view text, size_t max_length = 400);

}  // namespace maillint

#endif  // MAILLINT_SRC_GATEWAY_POLICY_H_
