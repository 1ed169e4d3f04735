// Decoding one GMime leaf part: transfer encoding, charset, line endings,
// format=flowed and HTML rendering; plus small accessors for part metadata.
//
// Thread-safe on distinct parts.
#ifndef MAILLINT_SRC_MAIL_PART_DECODE_H_
#define MAILLINT_SRC_MAIL_PART_DECODE_H_

#include <gmime/gmime.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mail/message.h"

namespace maillint {

struct BodyPart {
  std::string text;         // UTF-8 NFC, '\n' endings, flowed joined
  std::string html;         // the HTML source when rendered from HTML
  std::vector<Link> links;  // from the HTML, ranges in `text`
  std::vector<QuoteMark> quote_marks;  // from the HTML, offsets in `text`
  std::string content_type;            // lower-case type/subtype
  std::string charset;                 // as declared, lower-case
  bool flowed = false;
  bool bad_charset = false;  // the declared charset was unusable
};

// What decoding a text part needs from its Content-Type, lower-case.
struct TextPartType {
  std::string mime_type = "text/plain";  // type/subtype
  std::string charset;                   // empty when not declared
  std::string format;                    // "flowed" or empty
  std::string delsp;                     // "yes" or empty
};

// Lower-case "type/subtype" of `object` ("text/plain" when absent).
std::string MimeTypeOf(GMimeObject* object);
std::string MimeTypeOf(GMimeContentType* type);
TextPartType TypeOf(GMimeContentType* type);
// Decoded file name (RFC 2231 / RFC 2047, raw 8-bit as UTF-8 or
// Windows-1252); empty when none.
std::string PartFilename(GMimePart* part);
// True when Content-Disposition is "attachment".
bool IsAttachmentDisposition(GMimeObject* object);
// True when Content-Disposition is "inline".
bool IsInlineDisposition(GMimeObject* object);

// The content with its transfer encoding removed.
std::string DecodedBytes(GMimePart* part);
// Size of the decoded content, without keeping it.
uint64_t DecodedSize(GMimePart* part);

// CRLF and bare CR become '\n'.
std::string NormalizeNewlines(std::string_view text);

// Decodes a text/* part to UTF-8 (HTML rendered to text).
BodyPart DecodeTextPart(GMimePart* part);
// The same for content whose transfer encoding is already removed.
BodyPart DecodeText(std::string_view bytes, const TextPartType& type);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_PART_DECODE_H_
