#include "mail/header_decode.h"

#include <optional>

#include "base/text.h"
#include "mail/charset.h"

namespace maillint {
namespace {

struct EncodedWord {
  size_t begin = 0;  // offset of "=?"
  size_t end = 0;    // offset just past "?="
  std::string charset;
  std::string bytes;  // decoded, still in `charset`
};

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string DecodeQ(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '_') {
      out.push_back(' ');
    } else if (c == '=' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 &&
               HexValue(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(HexValue(text[i + 1]) * 16 +
                                      HexValue(text[i + 2])));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Parses an encoded-word starting at `pos` ("=?cs?e?text?=").
std::optional<EncodedWord> ParseWordAt(std::string_view s, size_t pos) {
  if (s.substr(pos, 2) != "=?") return std::nullopt;
  size_t q1 = s.find('?', pos + 2);
  if (q1 == std::string_view::npos || q1 == pos + 2) return std::nullopt;
  if (q1 + 2 >= s.size() || s[q1 + 2] != '?') return std::nullopt;
  char enc = s[q1 + 1];
  size_t text_begin = q1 + 3;
  size_t close = s.find("?=", text_begin);
  if (close == std::string_view::npos) return std::nullopt;
  std::string_view charset = s.substr(pos + 2, q1 - pos - 2);
  std::string_view text = s.substr(text_begin, close - text_begin);
  for (char c : charset) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return std::nullopt;
  }
  for (char c : text) {
    if (c == '\n' || c == '\r') return std::nullopt;
  }
  EncodedWord word;
  word.begin = pos;
  word.end = close + 2;
  word.charset =
      std::string(charset.substr(0, charset.find('*')));  // RFC 2231 language
  if (enc == 'B' || enc == 'b') {
    word.bytes = DecodeBase64(text);
  } else if (enc == 'Q' || enc == 'q') {
    word.bytes = DecodeQ(text);
  } else {
    return std::nullopt;
  }
  return word;
}

bool IsLinearSpace(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  }
  return true;
}

std::string ConvertWordBytes(const std::string& bytes,
                             const std::string& charset) {
  return ConvertToUtf8(bytes, charset).utf8;
}

// Calls `text(piece)` for literal text and `run(utf8)` for each run of
// adjacent encoded words, in order.
template <typename TextFn, typename RunFn>
void WalkEncodedWords(std::string_view s, TextFn text, RunFn run) {
  size_t literal = 0;
  size_t pos = s.find("=?");
  while (pos != std::string_view::npos) {
    std::optional<EncodedWord> word = ParseWordAt(s, pos);
    if (!word) {
      pos = s.find("=?", pos + 2);
      continue;
    }
    text(s.substr(literal, pos - literal));
    std::string decoded;
    std::string pending = word->bytes;
    std::string charset = word->charset;
    size_t end = word->end;
    for (;;) {
      size_t next = end;
      while (next < s.size() && IsLinearSpace(s.substr(next, 1))) ++next;
      std::optional<EncodedWord> more = ParseWordAt(s, next);
      if (!more) break;
      if (EqualsIgnoreCase(more->charset, charset)) {
        pending += more->bytes;
      } else {
        decoded += ConvertWordBytes(pending, charset);
        pending = more->bytes;
        charset = more->charset;
      }
      end = more->end;
    }
    decoded += ConvertWordBytes(pending, charset);
    run(decoded);
    literal = end;
    pos = s.find("=?", end);
  }
  text(s.substr(literal));
}

std::string EncodeBase64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (size_t i = 0; i < bytes.size(); i += 3) {
    uint32_t n = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size())
      n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 2]);
    out.push_back(kAlphabet[(n >> 18) & 63]);
    out.push_back(kAlphabet[(n >> 12) & 63]);
    out.push_back(i + 1 < bytes.size() ? kAlphabet[(n >> 6) & 63] : '=');
    out.push_back(i + 2 < bytes.size() ? kAlphabet[n & 63] : '=');
  }
  return out;
}

// Replaces each fold (line break plus following whitespace) by one space.
std::string CollapseFolds(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '\r' || c == '\n') {
      while (i + 1 < raw.size() && (raw[i + 1] == '\r' || raw[i + 1] == '\n' ||
                                    raw[i + 1] == ' ' || raw[i + 1] == '\t')) {
        ++i;
      }
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

std::string DecodeBase64(std::string_view text) {
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : text) {
    int v;
    if (c >= 'A' && c <= 'Z')
      v = c - 'A';
    else if (c >= 'a' && c <= 'z')
      v = c - 'a' + 26;
    else if (c >= '0' && c <= '9')
      v = c - '0' + 52;
    else if (c == '+' || c == '-')
      v = 62;
    else if (c == '/' || c == '_')
      v = 63;
    else if (c == '=')
      break;
    else
      continue;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return out;
}

std::string UnfoldHeader(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (char c : raw) {
    if (c != '\r' && c != '\n') out.push_back(c);
  }
  return std::string(Trim(out));
}

std::string DecodeUnstructured(std::string_view raw) {
  std::string folded = CollapseFolds(raw);
  std::string out;
  WalkEncodedWords(
      folded, [&](std::string_view piece) { out += RawBytesToUtf8(piece); },
      [&](const std::string& utf8) { out += utf8; });
  return NormalizeNfc(Trim(out));
}

std::string NormalizeForGMime(std::string_view raw) {
  std::string out;
  WalkEncodedWords(
      raw, [&](std::string_view piece) { out += RawBytesToUtf8(piece); },
      [&](const std::string& utf8) {
        out += "=?UTF-8?B?" + EncodeBase64(utf8) + "?=";
      });
  return out;
}

}  // namespace maillint
