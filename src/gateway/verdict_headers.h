// Byte-level editing of a message for the gateway (`maillint filter`, and
// the verdict header text `maillint milter` adds).
//
// The filter must hand the MTA back every byte it received except the
// X-Maillint-* header fields, so that DKIM signatures and MIME structure stay
// valid. These functions never decode anything: they work on raw lines of
// the header block and keep the message's own line ending (CRLF or LF).
//
// Header block: from the start (after an mbox "From " envelope line, which
// procmail passes along and which stays first) up to the first empty line; a
// line that is neither a field ("Name:") nor a continuation (leading space or
// tab) also ends it, so a message without headers is never cut.
#ifndef MAILLINT_SRC_GATEWAY_VERDICT_HEADERS_H_
#define MAILLINT_SRC_GATEWAY_VERDICT_HEADERS_H_

#include <string>
#include <string_view>

#include "lint/message_result.h"

namespace maillint {

// "\r\n" when the first line ends with CRLF, else "\n".
std::string_view DetectLineEnding(std::string_view message);

// Byte length of the leading mbox "From " envelope line (with its line
// ending), or 0 when there is none.
size_t EnvelopeLineLength(std::string_view message);

// True when the header block ends inside `message` (an empty line, or a
// line that is not a header field); false when `message` may have been cut
// in the middle of its header block.
bool HasCompleteHeaderBlock(std::string_view message);

// True when `message` starts (after an envelope line) with a header block
// holding at least one of From, Sender, To, Cc, Subject, Date or Message-ID:
// empty input, plain text and binary junk are not mail, and get
// X-Maillint-Status: error instead of a verdict.
bool LooksLikeMail(std::string_view message);

// `message` without any header field whose name starts with "X-Maillint-"
// (case-insensitive), continuation lines included. Everything else,
// byte for byte.
std::string StripMaillintHeaders(std::string_view message);

// The verdict fields, each ending with `eol`:
//   X-Maillint-Status: pass|fail|error
//   X-Maillint-Findings: none | N (1 error, 2 warnings): rule.id other.id
// Only counts and rule ids: never message text, so nothing sensitive. Long
// lists are folded below 78 columns and cut after kMaxListedRules ids.
std::string VerdictHeaders(const MessageResult& result, std::string_view eol);
// The fields for a message that could not be checked:
//   X-Maillint-Status: error
//   X-Maillint-Findings: not checked: <reason, printable ASCII, shortened>
std::string ErrorHeaders(std::string_view reason, std::string_view eol);

// `headers` inserted at the top of `message` (after its envelope line).
std::string InsertHeaders(std::string_view message, std::string_view headers);

inline constexpr int kMaxListedRules = 12;

}  // namespace maillint

#endif  // MAILLINT_SRC_GATEWAY_VERDICT_HEADERS_H_
