// Decoding header values to UTF-8: unfolding, RFC 2047 encoded-words and raw
// 8-bit bytes.
//
// RFC 2047 handling is our own, not GMime's: GMime 3.2.13 drops the second
// of two adjacent base64 words ("=?UTF-8?B?w6k=?==?UTF-8?B?w6k=?=").
// Adjacent words of the same charset are joined as bytes before conversion,
// so a multibyte character split across two words survives. Words glued to
// surrounding text (a common sender bug) are decoded too. Raw 8-bit bytes
// outside words are read as UTF-8 when valid, else Windows-1252.
//
// Never fails; malformed words are kept as written. Thread-safe.
#ifndef MAILLINT_SRC_MAIL_HEADER_DECODE_H_
#define MAILLINT_SRC_MAIL_HEADER_DECODE_H_

#include <string>
#include <string_view>

namespace maillint {

// Removes line breaks of folded lines (CRLF or LF followed by whitespace)
// and trims the ends. The result is still undecoded.
std::string UnfoldHeader(std::string_view raw);

// A decoded unstructured value (Subject, Comments, ...): each fold becomes
// one space, encoded-words decoded, UTF-8 NFC, ends trimmed.
std::string DecodeUnstructured(std::string_view raw);

// Rewrites `raw` so that GMime's structured parsers see only UTF-8: each run
// of adjacent encoded-words becomes one "=?UTF-8?B?...?=" word and raw 8-bit
// bytes become UTF-8. Used before handing address lists to GMime.
std::string NormalizeForGMime(std::string_view raw);

// Decodes a base64 payload leniently (skips invalid characters, tolerates
// missing padding).
std::string DecodeBase64(std::string_view text);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_HEADER_DECODE_H_
