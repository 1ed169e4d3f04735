// Named limits for reading and decoding mail, with the reason for each value.
//
// These bound the work and memory one hostile or broken message can cost.
// A limit that is hit becomes an InputProblem (see message.h), never a crash.
#ifndef MAILLINT_SRC_MAIL_LIMITS_H_
#define MAILLINT_SRC_MAIL_LIMITS_H_

#include <cstddef>
#include <cstdint>

namespace maillint {

// Largest message read at all. Real mail with big attachments stays under
// ~50 MB (most providers cap at 25-35 MB); 64 MB leaves headroom.
inline constexpr uint64_t kMaxMessageBytes = 64ull << 20;

// MIME nesting depth walked. Legitimate mail rarely nests deeper than 5
// (forward of a forward of a signed alternative); 32 is generous and keeps
// recursion far from the stack limit of worker threads.
inline constexpr int kMaxMimeDepth = 32;

// MIME parts walked per message. Mail with hundreds of parts exists (photo
// albums); thousands are only seen in attacks.
inline constexpr int kMaxMimeParts = 1000;

// Bytes of the top-level header block. Long Received chains reach tens of
// kilobytes; 1 MB is only reached by broken or hostile messages.
inline constexpr size_t kMaxHeaderBytes = 1 << 20;

// Decoded text kept per text-like attachment (rules scan attachment text
// for leaks; beyond 1 MB the cost outweighs the value).
inline constexpr size_t kMaxAttachmentText = 1 << 20;

// Bytes of body text kept. Longer bodies are truncated (with a problem):
// no reply a person writes is longer, and rules are linear in this size.
inline constexpr size_t kMaxBodyTextBytes = 8 << 20;

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_LIMITS_H_
