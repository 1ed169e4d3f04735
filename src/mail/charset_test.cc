#include "mail/charset.h"

#include <doctest/doctest.h>

namespace maillint {
namespace {

TEST_CASE("ISO-8859-1 and Windows-1252 text") {
  ConvertedText latin1 = ConvertToUtf8("Se\xf1or Mu\xf1oz", "ISO-8859-1");
  CHECK(latin1.utf8 == "Señor Muñoz");
  CHECK_FALSE(latin1.used_fallback);
  // Latin-1 labels carry Windows-1252 quotes in practice.
  CHECK(ConvertToUtf8("\x93Hi\x94 \x96 ok", "iso-8859-1").utf8 == "“Hi” – ok");
  CHECK(ConvertToUtf8("\x80 5", "windows-1252").utf8 == "€ 5");
}

TEST_CASE("Shift-JIS and ISO-2022-JP text") {
  CHECK(ConvertToUtf8("\x93\xfa\x96\x7b", "Shift_JIS").utf8 == "日本");
  CHECK(ConvertToUtf8("\x1b$BF|K\\\x1b(B", "iso-2022-jp").utf8 == "日本");
}

TEST_CASE("unknown charset: valid UTF-8 stays, else Windows-1252, flagged") {
  ConvertedText utf8 = ConvertToUtf8("na\xc3\xafve", "x-no-such-charset");
  CHECK(utf8.utf8 == "naïve");
  CHECK(utf8.used_fallback);
  ConvertedText cp = ConvertToUtf8("na\xefve", "x-no-such-charset");
  CHECK(cp.utf8 == "naïve");
  CHECK(cp.used_fallback);
}

TEST_CASE("lying charsets fall back and are flagged") {
  ConvertedText ascii = ConvertToUtf8("caf\xc3\xa9", "us-ascii");
  CHECK(ascii.utf8 == "café");
  CHECK(ascii.used_fallback);
  ConvertedText bad_utf8 = ConvertToUtf8("caf\xe9 \xc3\xa9t\xc3\xa9", "utf-8");
  CHECK(bad_utf8.utf8 == "café été");
  CHECK(bad_utf8.used_fallback);
}

TEST_CASE("ASCII needs no charset; output is NFC") {
  ConvertedText plain = ConvertToUtf8("hello", "");
  CHECK(plain.utf8 == "hello");
  CHECK_FALSE(plain.used_fallback);
  CHECK(ConvertToUtf8("e\xcc\x81", "utf-8").utf8 == "\xc3\xa9");  // e + U+0301
}

TEST_CASE("IsValidUtf8 rejects overlongs and surrogates") {
  CHECK(IsValidUtf8("\xe2\x82\xac"));
  CHECK_FALSE(IsValidUtf8("\xc0\xaf"));
  CHECK_FALSE(IsValidUtf8("\xed\xa0\x80"));
  CHECK_FALSE(IsValidUtf8("\xe2\x82"));
}

}  // namespace
}  // namespace maillint
