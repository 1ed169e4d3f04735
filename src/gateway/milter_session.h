// The libmilter side of `maillint milter`: one session per SMTP connection,
// one message state per transaction (MAIL FROM .. end of message or abort).
//
// WHAT THE MILTER CHANGES
//   Only header fields, through libmilter's header calls: forged incoming
//   X-Maillint-* fields are deleted, the verdict fields the header policy
//   allows are inserted at the top, and `tag` rewrites the Subject. The body
//   is never replaced, so what the MTA queues is byte for byte what the
//   client sent (DKIM signatures made later by the MTA, or earlier by the
//   client over the body, stay valid).
//
// OUTCOMES AT END OF MESSAGE
//   accept/tag/notify: continue (accept); quarantine: smfi_quarantine with
//   the reason (Postfix: the hold queue), then accept; hold: 451 with the
//   4.x.x code and reason (the client keeps the message); reject: 550 with
//   the 5.x.x code and reason. A message that could not be checked (not
//   mail, over --max-size, no verdict within the deadline, internal error)
//   is accepted with X-Maillint-Status: error, or with
//   --on-error=tempfail answered 451 4.3.0 (4.4.7 for the deadline).
//
// STATE
//   Messages keep the engine they started with (reloads are safe); the
//   buffered copy of a message is freed at its end or abort.
#ifndef MAILLINT_SRC_GATEWAY_MILTER_SESSION_H_
#define MAILLINT_SRC_GATEWAY_MILTER_SESSION_H_

#include <libmilter/mfapi.h>

#include <chrono>
#include <cstdint>

#include "gateway/engine.h"

namespace maillint {

struct MilterSettings {
  bool tempfail_on_error = false;
  std::chrono::milliseconds deadline{5000};
  uint64_t max_message_bytes = 64ull << 20;
};

// Fills libmilter's filter description with our callbacks. The callbacks
// use `engines`, `pool` and `settings`, which must outlive smfi_main().
smfiDesc MilterDescription(EngineHolder* engines, CheckPool* pool,
                           const MilterSettings& settings);

// After this, new connections are not judged: they get the --on-error
// outcome at once (accept unchecked, or tempfail), so that the open ones
// can finish (SIGTERM's drain).
void StartDraining();

}  // namespace maillint

#endif  // MAILLINT_SRC_GATEWAY_MILTER_SESSION_H_
