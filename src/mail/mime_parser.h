// ParseMessage: raw RFC 5322 / MIME bytes -> Message (mail/message.h).
//
// Uses GMime for the MIME structure and ICU for charsets. Never throws and
// never aborts on bad input: whatever can be decoded is decoded, and every
// problem is recorded in Message::problems. Input with no header block is a
// plain-text draft (has_headers = false; the whole input is the body).
//
// Thread-safe: may be called concurrently on different inputs once
// InitMimeLibrary() has run.
#ifndef MAILLINT_SRC_MAIL_MIME_PARSER_H_
#define MAILLINT_SRC_MAIL_MIME_PARSER_H_

#include <string_view>

#include "base/result.h"
#include "mail/input.h"
#include "mail/message.h"

namespace maillint {

struct ParseOptions {
  int max_mime_depth = 32;  // see mail/limits.h
  int max_parts = 1000;
  size_t max_header_bytes = 1 << 20;
  // Decode a single-part text message without GMime's object tree, and
  // give GMime only the MIME header fields of other messages (same result,
  // see mime_parser.cc); off only to compare with the plain GMime parse.
  bool lean_mime_parse = true;
};

// Call once before any ParseMessage (initializes GMime). Idempotent.
void InitMimeLibrary();

// Fails only when nothing at all could be read (the runner then reports the
// message with status `error`); malformed MIME yields a Message with problems.
Result<Message> ParseMessage(const RawMessage& raw,
                             const ParseOptions& options);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_MIME_PARSER_H_
