// Structured header values: dates, message ids, and filling the header part
// of a Message from a scanned header block.
//
// Thread-safe once InitMimeLibrary() has run (dates use GMime's parser,
// which accepts RFC 5322 and its obsolete forms: two-digit years, named
// zones such as "EST", missing weekday or seconds, trailing comments).
#ifndef MAILLINT_SRC_MAIL_HEADER_FIELDS_H_
#define MAILLINT_SRC_MAIL_HEADER_FIELDS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mail/header_block.h"
#include "mail/message.h"

namespace maillint {

// The instant and written offset of an RFC 5322 date; nullopt when it
// cannot be read. "-0000" (offset unknown) gives offset 0.
std::optional<MessageDate> ParseMessageDate(std::string_view text);

// Message ids without angle brackets, in order. Takes every "<...>" token
// (so comments and phrases in In-Reply-To are ignored); with no brackets at
// all, the whitespace-separated words. Whitespace inside an id is removed.
std::vector<std::string> ParseMessageIds(std::string_view text);

// Fills headers, subject, addresses, date, ids and auto_class of `message`
// from `block`. `first_line` is the file line of the input's first byte.
// Records "missing-date" / "bad-date" problems.
void FillHeaderFields(const HeaderBlock& block, int first_line,
                      Message* message);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_HEADER_FIELDS_H_
