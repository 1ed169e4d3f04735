// Line-level recognizers for the lines that introduce quoted history:
// "On ... wrote:" attributions (many languages), Outlook header fields
// (From:/Sent:/To:/Subject: and their translations), "-----Original
// Message-----" separators and forwarded-message markers.
//
// Each takes one trimmed line (or several lines joined by spaces). They are
// building blocks for attribution_parser.h. Thread-safe.
#ifndef MAILLINT_SRC_ANATOMY_ATTRIBUTION_PATTERNS_H_
#define MAILLINT_SRC_ANATOMY_ATTRIBUTION_PATTERNS_H_

#include <cstddef>
#include <string_view>

namespace maillint::anatomy {

enum class HeaderKey { kNone, kFrom, kDate, kTo, kCc, kSubject, kOther };

// How sure a "... wrote:" match is.
enum class WroteStrength {
  kNone,
  kWeak,    // "Bob wrote:" -- only an attribution when a quote follows
  kStrong,  // has a date or an address: "On 4/5/2011, Bob <b@x> wrote:"
};

// `text` is one line or up to four lines joined with spaces.
WroteStrength MatchWroteLine(std::string_view text);

// True when `text` looks like the first line of a wrapped attribution
// ("On Fri, May 6, 2011 at 6:03 PM, Roman Tkachenko from Hacker News").
bool StartsWrappedAttribution(std::string_view text);

// The byte offset inside `line` where an attribution starts after some
// reply text on the same line ("reply On Wed, ... wrote:"), or 0.
size_t InlineAttributionStart(std::string_view line);

// "2014-03-20 8:48 GMT+01:00 Rémi <r@x.com>:" (date first, no verb).
bool MatchDateAddressLine(std::string_view text);

// The header field named at the start of `line` ("From:", "*De :*",
// "Gesendet:"), or kNone. Requires a value or a line end after the colon.
HeaderKey MatchHeaderKey(std::string_view line);

// "-----Original Message-----" and its translations.
bool IsKnownSeparatorPhrase(std::string_view line);
// A known separator phrase, a rule line, or any short "---- X ----"
// banner (only an attribution when a header block follows it).
bool IsReplySeparator(std::string_view line);
// A line of only dashes/underscores/equals (at least 5).
bool IsRuleLine(std::string_view line);
// "---------- Forwarded message ---------", "Begin forwarded message:",
// Lotus Notes' "----- Forwarded by Name/Org on <date> -----".
bool IsForwardMarker(std::string_view line);

// True when `text` holds a date and a time of day: "07/26/2000 05:20 PM",
// "12.03.2001 14:05", "Mon, 4 Jun 2001 10:36".
bool HasDateAndTime(std::string_view text);

// True when `text` contains something shaped like an email address.
bool ContainsAddress(std::string_view text);

}  // namespace maillint::anatomy

#endif  // MAILLINT_SRC_ANATOMY_ATTRIBUTION_PATTERNS_H_
