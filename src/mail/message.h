// Message: one email, decoded into the model every rule reads.
//
// MESSAGE MODEL
//   A Message is built once per input message by ParseMessage() (mime_parser.h)
//   and then only read. Header values are decoded to UTF-8 (RFC 2047 words,
//   RFC 2231 parameters). The body is the best text part (text/plain, else
//   text/html rendered to text), decoded from its transfer encoding and
//   converted from its charset to UTF-8 NFC with '\n' line endings.
//
// POSITIONS
//   Rules locate findings as byte ranges in `body.text` (or name a header).
//   The runner turns those into 1-based line:column. When `body.file_lines`
//   is true (single-part 7bit/8bit text that needed no conversion), body line
//   N is file line `body.first_file_line + N - 1`, so editors can jump there;
//   otherwise positions are body lines and reports say so.
//
// LIMITS (named constants with their reasons live in mail/limits.h)
//   Messages over the size limit, MIME trees deeper than the depth limit or
//   with more parts than the part limit are not parsed past the limit; the
//   problem is recorded in `problems` and becomes an `input.*` finding.
//
// THREAD SAFETY
//   A const Message may be read from several threads at once.
#ifndef MAILLINT_SRC_MAIL_MESSAGE_H_
#define MAILLINT_SRC_MAIL_MESSAGE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace maillint {

// Where a message came from. `index` is 0-based within a mailbox file and -1
// for a file that holds exactly one message.
struct Origin {
  std::string path;          // as given on the command line, "-" for stdin
  int index = -1;            // message number inside a mailbox, 0-based
  uint64_t byte_offset = 0;  // offset of the message's first byte in the file
  int first_line = 1;        // file line of the message's first header line
};

struct Address {
  std::string display_name;  // decoded UTF-8, quotes removed; may be empty
  std::string address;       // local@domain as written (no angle brackets)

  // Lower-cased part after the last '@'; empty when there is none.
  std::string domain() const;
  // "Name <addr>" or just "addr".
  std::string ToString() const;
};

struct HeaderField {
  std::string name;   // as written, e.g. "Subject"
  std::string raw;    // raw value, unfolded, not decoded
  std::string value;  // decoded UTF-8
  int line = 0;       // 1-based file line of the field's first line
};

// An instant plus the offset it was written with.
struct MessageDate {
  int64_t unix_seconds = 0;
  int offset_minutes = 0;  // e.g. -300 for -0500
};

// What produced a message, from its headers (RFC 3834 Auto-Submitted,
// Precedence, X-Autoreply, List-Id, ...).
enum class AutoClass {
  kHuman,      // nothing says it is automated
  kAutoReply,  // vacation / out-of-office / auto-responder
  kBulk,       // newsletters, Precedence: bulk/junk, List-Unsubscribe
  kList,       // mailing-list traffic (List-Id, Precedence: list)
  kSystem,     // bounces, DSNs, MDNs, empty Return-Path
};
const char* AutoClassName(AutoClass c);

struct Link {
  std::string href;  // as written (entities decoded, whitespace trimmed)
  std::string text;  // visible text; equals href for bare plain-text URLs
  size_t begin = 0;  // byte range of the visible text in body.text
  size_t end = 0;
  bool from_html = false;  // an <a href> in an HTML body
};

struct Attachment {
  std::string filename;      // decoded UTF-8; may be empty
  std::string content_type;  // lower-case "type/subtype"
  uint64_t size = 0;         // decoded size in bytes
  // Decoded UTF-8 text for text-like parts (text/csv, text/plain,
  // text/calendar, text/html rendered), capped at kMaxAttachmentText bytes.
  std::string text;
  bool inline_part = false;  // Content-Disposition: inline
};

// A raw-byte or structural problem found while reading. Becomes an
// `input.<kind>` finding (e.g. kind "bare-cr" -> rule id "input.bare-cr").
struct InputProblem {
  std::string kind;       // kebab-case, e.g. "nul-byte", "mime-depth"
  std::string message;    // human-readable explanation
  int file_line = 0;      // 1-based file line, 0 when unknown
  bool is_error = false;  // true: the message could not be checked fully
};

// A place in an HTML body's rendered text where its markup says quoted
// history may start. The renderer (mail/html_text.h) records them; the
// anatomy alone decides whose words are whose (anatomy/quote_detector.h).
enum class QuoteMarkKind {
  kCite,       // a <blockquote> that is not styled as a plain indent
  kContainer,  // a client's quote container: Gmail gmail_quote, Thunderbird
               // moz-cite-prefix, Yahoo yahoo_quoted, Outlook divRplyFwdMsg,
               // appendonsend, OLK_SRC_BODY_SECTION, Hotmail stopSpelling
  kBorderTop,  // a <div> with a solid top border (Outlook's separator)
  kRule,       // an <hr>: history only when a From:/Date: line follows
};

struct QuoteMark {
  size_t offset = 0;  // byte offset in the rendered text
  QuoteMarkKind kind = QuoteMarkKind::kCite;
};

struct Body {
  std::string text;  // UTF-8 NFC, '\n' line endings
  // The HTML source when the text was rendered from text/html; empty for
  // text/plain.
  std::string html;
  // When the text was rendered from one text/html part: the quote marks of
  // that rendering, in text order, offsets in `text`. At most the first
  // container mark (kCite, kContainer, kBorderTop) and the <hr>s before it
  // (up to kMaxHtmlRuleMarks, mail/html_text.h).
  std::vector<QuoteMark> quote_marks;
  std::string content_type;  // of the chosen part, e.g. "text/plain"
  std::string charset;       // as declared (lower-case), may be empty
  bool flowed = false;       // format=flowed was joined
  bool file_lines = false;   // see POSITIONS above
  int first_file_line = 0;   // file line of body line 1 when file_lines
};

struct Message {
  Origin origin;
  bool has_headers = true;  // false: a plain-text draft with no header block

  std::vector<HeaderField> headers;
  std::string subject;
  std::vector<Address> from, to, cc, bcc, reply_to, sender;
  std::optional<MessageDate> date;       // absent when missing or unparseable
  std::string message_id;                // without angle brackets
  std::vector<std::string> in_reply_to;  // without angle brackets
  std::vector<std::string> references;   // oldest first
  AutoClass auto_class = AutoClass::kHuman;

  Body body;
  std::vector<Link> links;
  std::vector<Attachment> attachments;
  std::vector<InputProblem> problems;

  // First header named `name` (case-insensitive), or nullptr.
  const HeaderField* FindHeader(std::string_view name) const;
  // All recipients: to, cc, bcc in that order.
  std::vector<Address> Recipients() const;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_MESSAGE_H_
