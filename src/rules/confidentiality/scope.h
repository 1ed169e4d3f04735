// What the confidentiality rules read and how severe a finding is.
//
// SCANNED TEXT
//   Every body segment (new text, quote, forwarded thread, signature) except
//   the disclaimer: forwarding a thread leaks what it quotes. Paragraphs that
//   are standard confidentiality notices ("This e-mail ... intended
//   recipient ... confidential") are cut out even when the segmenter did not
//   mark them, so footers that talk about student records never fire.
//
// SEVERITY
//   A rule's configured severity applies when any recipient is external (or
//   the recipients are unknown, as for a headerless draft); when every
//   recipient is internal an error is lowered to a warning.
//
// Thread-safe.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_SCOPE_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_SCOPE_H_

#include <string>
#include <string_view>
#include <vector>

#include "analysis/analysis.h"
#include "base/config.h"
#include "lint/finding.h"
#include "mail/message.h"

namespace maillint::confidentiality {

struct TextRange {
  size_t begin = 0;  // byte range in Message::body.text
  size_t end = 0;
  bool quoted = false;  // quote, attribution or forwarded thread
};

// The body ranges to scan, in order (see SCANNED TEXT).
std::vector<TextRange> ScanRanges(const Analysis& analysis);

// True when `paragraph` is a standard confidentiality / privacy notice.
bool IsConfidentialityNotice(std::string_view paragraph);

// A header value a person wrote, as the rules scan it.
struct PersonHeader {
  std::string name;   // "Subject", "To", "Comments", ...
  std::string value;  // decoded; for address headers, the display names
};
// The headers a person writes: the Subject (Message::subject), Comments,
// Keywords, Thread-Topic and Summary, and the display names of From, To,
// Cc, Bcc and Reply-To (one entry per header, names joined by ", "). Empty
// values are left out.
std::vector<PersonHeader> PersonWrittenHeaders(const Message& message);

// Recipients (To, Cc, Bcc) whose address is not internal.
std::vector<Address> ExternalRecipients(const Message& message,
                                        const Config& config);

// True for consumer webmail and ISP mail domains (gmail.com, yahoo.com,
// outlook.com, comcast.net, ...), where families' personal addresses live.
bool IsWebmailDomain(std::string_view domain);

// True when the message goes to a mailing list (a List-Id header, or a
// recipient like "announce-l@", "lists.example.org", "...@googlegroups.com"):
// its recipients are the list's, not families exposed to each other.
bool IsListMessage(const Message& message);

// The severity for a finding of a rule configured at `configured`.
Severity SeverityFor(Severity configured, const Message& message,
                     const Config& config);

// "an external recipient" / "internal recipients only" / "unknown
// recipients", for finding messages.
std::string AudienceText(const Message& message, const Config& config);

// `value` masked for reports, or as written when the run shows sensitive
// values (--show-sensitive).
std::string Shown(std::string_view value, const Config& config);

}  // namespace maillint::confidentiality

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_SCOPE_H_
