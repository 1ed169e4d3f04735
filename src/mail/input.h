// Input reading: turns command-line paths into a stream of raw messages.
//
// A path may be a single message file, an mbox (mboxo, mboxrd, mboxcl,
// mboxcl2; CRLF; optionally gzip-compressed), a Maildir (cur/ new/), an MH
// folder, or a directory walked recursively. "-" is standard input. The kind
// is detected from content, not from the name:
//   - gzip magic: decompressed (spooled), then sniffed again;
//   - a From_ line first (after a BOM or blank lines): an mbox
//     (mail/mbox_splitter.h says how it is split);
//   - a header field first: one message;
//   - anything else: a message when the path was named (a plain-text draft),
//     an error naming the file when it was found in a directory.
//   An empty file holds no messages. Directory walking: mail/dir_walker.h.
//
// ORIGIN
//   path as given (joined with the names found below a directory), index
//   0-based within an mbox and -1 for a single-message file, byte_offset and
//   first_line of the message's first header byte in the (decompressed)
//   file. Messages come in a deterministic order: paths as given, directory
//   entries in natural order, mbox messages in file order.
//
// RAW PROBLEMS
//   Each message's `problems` hold the raw-byte checks (mail/raw_checks.h)
//   and, for a message over `max_message_bytes`, "message-too-large" (the
//   bytes are then cut at the limit).
//
// Memory stays flat: mailbox files are memory-mapped and each RawMessage
// points into the mapping, whose pages are released once the messages in
// them are destroyed (mail/input_buffer.h); only messages that need
// unescaping (mboxrd) are copied. Stdin and gzip data are spooled to a
// temporary file when large.
//
// ERRORS
//   An unreadable path, or a message that cannot be split out, is delivered
//   in order as a RawMessage whose `error` is not ok (naming the file and
//   line), and reading goes on with the next message or path. A truncated
//   gzip file delivers the messages before the damage, then the error.
//
// THREAD SAFETY
//   `sink` is called on the calling thread. A RawMessage (and its storage)
//   may be moved to and destroyed on any thread.
#ifndef MAILLINT_SRC_MAIL_INPUT_H_
#define MAILLINT_SRC_MAIL_INPUT_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "mail/message.h"

namespace maillint {

struct RawMessage {
  Origin origin;
  std::string_view bytes;               // the message, headers first
  std::shared_ptr<const void> storage;  // keeps `bytes` alive
  std::vector<InputProblem> problems;   // found while splitting
  Status error;                         // !ok: nothing to parse

  // Makes a RawMessage that owns a copy of `data`.
  static RawMessage FromString(Origin origin, std::string data);
};

struct InputOptions {
  uint64_t max_message_bytes = 64ull << 20;  // kMaxMessageBytes, mail/limits.h
  bool recursive = true;
};

// Called once per message in input order. Return false to stop reading.
using RawMessageSink = std::function<bool(RawMessage message)>;

// Reads every message under `paths` in order and hands it to `sink`.
// Returns a non-ok Status only when `sink` asked to stop; per-path and
// per-message problems are delivered through `sink` as error messages.
Status ReadInputs(const std::vector<std::string>& paths,
                  const InputOptions& options, const RawMessageSink& sink);

// Reads `data` as if it were the content of the file `path` named on the
// command line (a single message, an mbox, or gzip data already expanded).
// For tests and fuzzing; same outcomes as ReadInputs.
Status ReadInputBytes(const std::string& path, std::string data,
                      const InputOptions& options, const RawMessageSink& sink);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_INPUT_H_
