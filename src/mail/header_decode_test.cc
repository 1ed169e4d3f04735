#include "mail/header_decode.h"

#include <doctest/doctest.h>

namespace maillint {
namespace {

TEST_CASE(
    "RFC 2047: adjacent base64 words are both decoded (GMime 3.2.13 drops the "
    "second)") {
  CHECK(DecodeUnstructured("=?UTF-8?B?w6k=?==?UTF-8?B?w6k=?=") == "éé");
  CHECK(DecodeUnstructured("=?UTF-8?B?SGVsbG8g?= =?UTF-8?B?V29ybGQ=?=") ==
        "Hello World");
}

TEST_CASE("RFC 2047: a character split across two words survives") {
  // U+1F600 is F0 9F 98 80; the first word carries 3 bytes, the second 1.
  CHECK(DecodeUnstructured("=?utf-8?B?8J+Y?=\r\n =?utf-8?B?gA==?=") == "😀");
}

TEST_CASE("RFC 2047: Q encoding, mixed charsets, language suffix") {
  CHECK(DecodeUnstructured("=?ISO-8859-1?Q?Caf=E9_cr=E8me?=") == "Café crème");
  CHECK(DecodeUnstructured("=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?b?=") == "ab");
  CHECK(DecodeUnstructured("=?US-ASCII*EN?Q?Keith_Moore?=") == "Keith Moore");
  CHECK(DecodeUnstructured("Re: =?utf-8?q?r=C3=A9union?= demain") ==
        "Re: réunion demain");
}

TEST_CASE("RFC 2047: malformed words are kept as written") {
  CHECK(DecodeUnstructured("=?utf-8?X?abc?=") == "=?utf-8?X?abc?=");
  CHECK(DecodeUnstructured("price =? 5") == "price =? 5");
}

TEST_CASE("folds become one space; raw 8-bit is UTF-8 else Windows-1252") {
  CHECK(DecodeUnstructured(" Fwd: \r\n\tSaying\r\n Hello\r\n") ==
        "Fwd: Saying Hello");
  CHECK(DecodeUnstructured("Caf\xc3\xa9") == "Café");
  CHECK(DecodeUnstructured("Caf\xe9 \x93quoted\x94") == "Café “quoted”");
}

TEST_CASE("UnfoldHeader keeps the value undecoded") {
  CHECK(UnfoldHeader(" =?utf-8?q?a?=\r\n b\r\n") == "=?utf-8?q?a?= b");
}

TEST_CASE("NormalizeForGMime turns each run of words into one UTF-8 word") {
  std::string out = NormalizeForGMime("=?UTF-8?B?w6k=?==?UTF-8?B?w6k=?= <a@b>");
  CHECK(out == "=?UTF-8?B?w6nDqQ==?= <a@b>");
}

}  // namespace
}  // namespace maillint
