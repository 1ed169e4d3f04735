// Charset conversion to UTF-8 NFC (ICU ucnv + Normalizer2).
//
// CONTRACT
//   ConvertToUtf8(bytes, charset) always returns UTF-8. When `charset` is
//   empty, unknown to ICU, or the bytes are not valid in it ("lying"
//   charset), the fallback applies: bytes that are valid UTF-8 stay as they
//   are, anything else is read as Windows-1252 (a superset of Latin-1 for
//   printable text, and what mislabelled Western mail almost always is).
//   `used_fallback` tells the caller to record a "bad-charset" problem; it is
//   false for an empty/ASCII-only charset on pure ASCII input.
//
// THREAD SAFETY
//   All functions are safe to call concurrently (each call opens its own
//   converter; ICU's converter cache is thread-safe).
#ifndef MAILLINT_SRC_MAIL_CHARSET_H_
#define MAILLINT_SRC_MAIL_CHARSET_H_

#include <string>
#include <string_view>

namespace maillint {

struct ConvertedText {
  std::string utf8;            // NFC normalized
  bool used_fallback = false;  // the declared charset was not usable
};

ConvertedText ConvertToUtf8(std::string_view bytes, std::string_view charset);

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view bytes);
// True when every byte is < 0x80.
bool IsAscii(std::string_view bytes);
// Windows-1252 bytes to UTF-8 (undefined bytes map to U+0080..U+009F as in
// Latin-1).
std::string Windows1252ToUtf8(std::string_view bytes);
// Valid UTF-8 unchanged, else Windows-1252. For raw 8-bit header bytes.
std::string RawBytesToUtf8(std::string_view bytes);
// NFC normalization of valid UTF-8; returns the input on failure.
std::string NormalizeNfc(std::string_view utf8);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_CHARSET_H_
