// Raw-byte checks on one message, before MIME parsing.
//
// Finds what a MIME parser silently repairs or chokes on and returns one
// InputProblem per kind found (the first occurrence's file line, and a
// count in the message):
//   nul-byte                  a NUL byte anywhere
//   bare-cr                   a CR not followed by LF
//   mixed-line-endings        both CRLF and bare-LF line endings
//   missing-header-separator  the header block runs into a non-header line
//                             with no blank line between headers and body
//   8bit-header               bytes >= 0x80 in the header block (says
//                             whether they are valid UTF-8, RFC 6532)
// A message whose first line is not a header field has no header block (a
// plain-text draft): only the byte-level checks apply to it.
//
// `first_line` is the file line of the message's first byte, so problem
// lines are file lines. Thread-safe (pure function); linear time.
#ifndef MAILLINT_SRC_MAIL_RAW_CHECKS_H_
#define MAILLINT_SRC_MAIL_RAW_CHECKS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "mail/message.h"

namespace maillint {

std::vector<InputProblem> CheckRawBytes(std::string_view message,
                                        int first_line);

// The "message-too-large" problem for a message of `size` bytes cut at
// `limit` bytes (an error: the rest is not checked).
InputProblem MessageTooLargeProblem(uint64_t size, uint64_t limit,
                                    int first_line);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_RAW_CHECKS_H_
