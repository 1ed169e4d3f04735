#include "mail/charset.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <memory>

#include "base/text.h"

namespace maillint {
namespace {

// Windows-1252 0x80..0x9F; 0 marks the five undefined bytes (kept as C1).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

uint32_t Cp1252CodePoint(unsigned char byte) {
  if (byte >= 0x80 && byte < 0xA0 && kCp1252High[byte - 0x80] != 0) {
    return kCp1252High[byte - 0x80];
  }
  return byte;
}

// Length of the well-formed UTF-8 sequence at `s[i]`, or 0.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = at(i);
  if (c < 0x80) return 1;
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((at(i + k) & 0xC0) != 0x80) return 0;
  }
  unsigned char c1 = at(i + 1);
  if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
  if (c == 0xED && c1 >= 0xA0) return 0;  // surrogate
  if (c == 0xF0 && c1 < 0x90) return 0;   // overlong
  if (c == 0xF4 && c1 >= 0x90) return 0;  // above U+10FFFF
  return n;
}

// Charset names that carry no information about 8-bit bytes.
bool IsUninformative(std::string_view lower) {
  return lower.empty() || lower == "unknown-8bit" || lower == "x-unknown" ||
         lower == "unknown" || lower == "default" || lower == "charset" ||
         lower == "x-user-defined";
}

bool IsAsciiName(std::string_view lower) {
  return lower == "us-ascii" || lower == "ascii" || lower == "ansi_x3.4-1968" ||
         lower == "iso646-us" || lower == "us";
}

bool IsUtf8Name(std::string_view lower) {
  return lower == "utf-8" || lower == "utf8" || lower == "x-utf-8" ||
         lower == "unicode-1-1-utf-8";
}

// Converts with ICU, failing on any invalid or unmappable byte.
bool IcuToUtf8(std::string_view bytes, const std::string& charset,
               std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset.c_str(), &status);
  if (U_FAILURE(status) || conv == nullptr) return false;
  std::unique_ptr<UConverter, void (*)(UConverter*)> closer(conv, ucnv_close);
  ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                      &status);
  icu::UnicodeString text;
  int32_t capacity = static_cast<int32_t>(bytes.size()) * 2 + 16;
  UChar* buffer = text.getBuffer(capacity);
  int32_t length = ucnv_toUChars(conv, buffer, capacity, bytes.data(),
                                 static_cast<int32_t>(bytes.size()), &status);
  text.releaseBuffer(U_SUCCESS(status) ? length : 0);
  if (U_FAILURE(status)) return false;
  out->clear();
  text.toUTF8String(*out);
  return true;
}

// What ICU should use for a declared name: Latin-1 labels mean
// Windows-1252 in practice (WHATWG encoding standard does the same).
std::string EffectiveCharset(std::string_view lower) {
  if (lower == "iso-8859-1" || lower == "iso8859-1" || lower == "latin1" ||
      lower == "latin-1" || lower == "iso_8859-1" || lower == "l1" ||
      lower == "cp819" || lower == "iso-ir-100") {
    return "windows-1252";
  }
  if (lower == "ks_c_5601-1987" || lower == "ks_c_5601") return "windows-949";
  if (lower == "gb2312" || lower == "gbk" || lower == "x-gbk") {
    return "gb18030";  // superset; senders labelled GBK text as GB2312
  }
  if (lower == "shift_jis" || lower == "x-sjis" || lower == "sjis") {
    return "windows-31j";  // Microsoft's Shift_JIS with vendor characters
  }
  return std::string(lower);
}

}  // namespace

bool IsAscii(std::string_view bytes) {
  for (char c : bytes) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool IsValidUtf8(std::string_view bytes) {
  for (size_t i = 0; i < bytes.size();) {
    size_t n = Utf8SequenceLength(bytes, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string Windows1252ToUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  for (char c : bytes) AppendUtf8(Cp1252CodePoint(c), &out);
  return out;
}

std::string RawBytesToUtf8(std::string_view bytes) {
  if (IsValidUtf8(bytes)) return std::string(bytes);
  // Mostly-UTF-8 text with stray bytes keeps its UTF-8 runs; text with no
  // UTF-8 sequence at all is plain Windows-1252.
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  for (size_t i = 0; i < bytes.size();) {
    size_t n = Utf8SequenceLength(bytes, i);
    if (n == 0) {
      AppendUtf8(Cp1252CodePoint(bytes[i]), &out);
      ++i;
    } else {
      out.append(bytes.substr(i, n));
      i += n;
    }
  }
  return out;
}

std::string NormalizeNfc(std::string_view utf8) {
  if (IsAscii(utf8)) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (nfc->isNormalized(text, status) && U_SUCCESS(status)) {
    return std::string(utf8);
  }
  status = U_ZERO_ERROR;
  icu::UnicodeString normalized = nfc->normalize(text, status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

ConvertedText ConvertToUtf8(std::string_view bytes, std::string_view charset) {
  ConvertedText result;
  std::string lower = AsciiLower(Trim(charset));
  if (IsAscii(bytes) && !StartsWith(lower, "utf-16") &&
      !StartsWith(lower, "utf-32") && lower != "utf-7" &&
      !StartsWith(lower, "iso-2022") && lower != "hz-gb-2312") {
    result.utf8 = std::string(bytes);
    return result;
  }
  if (IsUtf8Name(lower) && IsValidUtf8(bytes)) {
    result.utf8 = NormalizeNfc(bytes);
    return result;
  }
  std::string converted;
  if (!IsUninformative(lower) && !IsAsciiName(lower) && !IsUtf8Name(lower) &&
      IcuToUtf8(bytes, EffectiveCharset(lower), &converted)) {
    result.utf8 = NormalizeNfc(converted);
    return result;
  }
  result.used_fallback = true;
  result.utf8 = NormalizeNfc(RawBytesToUtf8(bytes));
  return result;
}

}  // namespace maillint
