// Limits on input, each with the reason for its value.
//
// Every limit protects the run from one hostile or broken input: when one is
// hit, the message (or file) gets an `input.*` problem or an error status and
// the run goes on. None of them is reached by ordinary mail.
#ifndef MAILLINT_SRC_MAIL_LIMITS_H_
#define MAILLINT_SRC_MAIL_LIMITS_H_

#include <cstddef>
#include <cstdint>

namespace maillint {

// Largest message checked in full (64 MiB). Gmail and Exchange Online refuse
// messages over 25-35 MB on the wire (base64 makes that ~50 MB raw), so a
// bigger "message" is a splitting error or an attack. Larger messages are cut
// at this size and get an `input.message-too-large` problem.
inline constexpr uint64_t kMaxMessageBytes = 64ull << 20;

// Largest header block (1 MiB). Real header blocks are a few KB; long
// Received chains and DKIM signatures stay far below 100 KB.
inline constexpr size_t kMaxHeaderBytes = 1 << 20;

// Deepest MIME nesting parsed (32). Real mail nests 3-5 levels (a forwarded
// message inside a multipart/mixed); deeper trees only exercise recursion.
inline constexpr int kMaxMimeDepth = 32;

// Most MIME parts parsed per message (1000). Large newsletters have ~50.
inline constexpr int kMaxMimeParts = 1000;

// Most decompressed bytes read from one .gz file (16 GiB). The data is spooled
// to a temporary file, so this bounds disk use against a gzip bomb (gzip
// compresses at most ~1000:1).
inline constexpr uint64_t kMaxDecompressedBytes = 16ull << 30;

// Standard input and gzip data are kept in memory up to this size (8 MiB)
// and spooled to an unlinked temporary file beyond it, so memory stays flat.
inline constexpr size_t kSpoolMemoryBytes = 8 << 20;

// Deepest directory recursion (64). Deeper trees are almost certainly a
// symlink or bind-mount loop that the (device, inode) guard did not see.
inline constexpr int kMaxDirectoryDepth = 64;

// Bytes looked at to decide what a file is (mbox, message, neither).
inline constexpr size_t kSniffBytes = 4096;

// Decoded text kept per text-like attachment (rules scan attachment text
// for leaks; beyond 1 MB the cost outweighs the value).
inline constexpr size_t kMaxAttachmentText = 1 << 20;

// Bytes of body text kept. Longer bodies are truncated (with a problem):
// no reply a person writes is longer, and rules are linear in this size.
inline constexpr size_t kMaxBodyTextBytes = 8 << 20;

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_LIMITS_H_
