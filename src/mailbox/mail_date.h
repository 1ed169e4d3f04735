// Dates for the mailbox audit: RFC 5322 Date and Received timestamps, and
// ISO 8601 instants for `--as-of`.
//
// ParseMailDate accepts what real mail carries: the RFC 5322 form
// ("Tue, 17 Nov 2009 15:28:37 +0000"), the obsolete forms of RFC 5322
// section 4.3 (no day name, 2- or 3-digit years, zone names UT/GMT/EST/EDT/
// CST/CDT/MST/MDT/PST/PDT, military letters, no seconds, comments such as
// "(PST)"), and "-0000" (UTC, local zone unknown). A missing zone is UTC.
// Military zone letters count as +0000, as RFC 5322 says they should.
//
// All functions are pure and thread-safe.
#ifndef MAILLINT_SRC_MAILBOX_MAIL_DATE_H_
#define MAILLINT_SRC_MAILBOX_MAIL_DATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "mail/message.h"

namespace maillint {

// Parses an RFC 5322 date-time; nullopt when no day, month, year and time
// can be found or a field is out of range.
std::optional<MessageDate> ParseMailDate(std::string_view text);

// The date of a Received field: the part after the last ';'.
std::optional<MessageDate> ParseReceivedDate(std::string_view received);

// The earliest timestamp over every Received header of `message`.
std::optional<int64_t> EarliestReceived(const Message& message);

// The Date of `message`: Message::date when the parser set it, else the
// Date header parsed here (the parser may drop obsolete forms).
std::optional<MessageDate> HeaderDate(const Message& message);

// Parses ISO 8601 "YYYY-MM-DDTHH:MM[:SS][.fff](Z|+HH:MM|+HHMM)"; the offset
// is required. A space may replace 'T'.
std::optional<MessageDate> ParseIso8601(std::string_view text);

// Seconds since the epoch of a proleptic Gregorian UTC civil time.
int64_t UnixFromCivil(int year, int month, int day, int hour, int minute,
                      int second);

// "YYYY-MM-DDTHH:MM:SS+HH:MM" for `unix_seconds` shown at `offset_minutes`.
std::string FormatIso8601(int64_t unix_seconds, int offset_minutes);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAILBOX_MAIL_DATE_H_
