// Input reading: turns command-line paths into a stream of raw messages.
//
// A path may be a single message file, an mbox (mboxo, mboxrd, mboxcl,
// mboxcl2; CRLF; optionally gzip-compressed), a Maildir (cur/ new/), an MH
// folder, or a directory walked recursively. "-" is standard input. The kind
// is detected from content, not only from the name.
//
// Memory stays flat: mailbox files are memory-mapped and each RawMessage
// points into the mapping; only messages that need unescaping (mboxrd) or
// decompression are copied.
//
// ERRORS
//   An unreadable path, or a message that cannot be split out, is delivered
//   in order as a RawMessage whose `error` is not ok (naming the file and
//   line), and reading goes on with the next message or path.
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
  uint64_t max_message_bytes = 64ull << 20;  // see mail/limits.h
  bool recursive = true;
};

// Called once per message in input order. Return false to stop reading.
using RawMessageSink = std::function<bool(RawMessage message)>;

// Reads every message under `paths` in order and hands it to `sink`.
// Returns a non-ok Status only when `sink` asked to stop; per-path and
// per-message problems are delivered through `sink` as error messages.
Status ReadInputs(const std::vector<std::string>& paths,
                  const InputOptions& options, const RawMessageSink& sink);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_INPUT_H_
