// Anatomy: the parts of a reply, as typed segments of the body text.
//
// The segmenter (anatomy/segmenter.h) splits Message::body.text into
// consecutive, non-overlapping segments that together cover every non-blank
// line. Rules judge the author's own words (kGreeting, kNewText, kClosing)
// apart from quoted history, signatures and disclaimers.
#ifndef MAILLINT_SRC_ANATOMY_ANATOMY_H_
#define MAILLINT_SRC_ANATOMY_ANATOMY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace maillint {

enum class SegmentType {
  kGreeting,     // "Hi Ana," salutation line
  kNewText,      // the author's own words
  kClosing,      // sign-off: "Best regards,"
  kSignature,    // name / title / phone block, or after "-- "
  kDisclaimer,   // legal footers, "Sent from my iPhone"
  kAttribution,  // "On ... wrote:" or an Outlook header block
  kQuote,        // quoted earlier messages
  kForwarded,    // a forwarded message with its own headers
};

// Stable names used in reports, `show --format json` and rule `scope:` keys:
// "greeting", "new-text", "closing", "signature", "disclaimer",
// "attribution", "quote", "forwarded".
const char* SegmentTypeName(SegmentType type);
// Inverse of SegmentTypeName; nullopt for unknown names.
std::optional<SegmentType> ParseSegmentType(std::string_view name);

struct Segment {
  SegmentType type = SegmentType::kNewText;
  size_t begin = 0;  // byte range in Message::body.text
  size_t end = 0;
  int depth = 0;  // quote depth for kQuote (1 = "> "), else 0
};

// What the quote says about the message being answered.
struct QuotedOriginal {
  std::string author_name;     // from the attribution line, decoded
  std::string author_address;  // may be empty
  std::optional<int64_t> date_unix_seconds;  // parsed attribution date
  // False when the attribution gave no UTC offset (most clients): then
  // date_unix_seconds is the writer's wall-clock time read as UTC.
  bool date_has_zone = false;
  std::string date_text;    // the date as written in the attribution
  std::string subject;      // from an Outlook header block, if any
  std::string text;         // quoted text with markers stripped
  std::string signed_name;  // name the original was signed with, if found
};

struct Anatomy {
  std::vector<Segment> segments;
  std::optional<QuotedOriginal> original;

  // Concatenation helpers for rules: byte ranges of all segments of `type`.
  std::vector<const Segment*> Find(SegmentType type) const;
  // The text of all segments of `type` in `body` (the message's body text),
  // each followed by a newline.
  std::string Text(std::string_view body, SegmentType type) const;
  // True when the segmenter found nothing but new text (not a reply).
  bool IsPlainMessage() const;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_ANATOMY_ANATOMY_H_
