#include "mail/mbox_splitter.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "mail/sniff.h"

namespace maillint {
namespace {

struct Split {
  std::string bytes;
  int first_line;
  size_t begin;
  bool escaped;
  bool counted;
};

std::vector<Split> SplitAll(std::string_view data) {
  std::vector<Split> out;
  MboxSplitter splitter(data);
  MboxEntry e;
  while (splitter.Next(&e)) {
    out.push_back({std::string(data.substr(e.begin, e.end - e.begin)),
                   e.first_line, e.begin, e.escaped, e.counted});
  }
  return out;
}

TEST_CASE("IsFromLine accepts real From_ lines and rejects prose") {
  CHECK(IsFromLine("From MAILER-DAEMON Fri Jul  8 12:08:34 2011"));
  CHECK(IsFromLine("From - "));
  CHECK(IsFromLine("From -"));
  CHECK(IsFromLine("From - Mon Jun  3 12:50:27 1996\r"));
  CHECK(IsFromLine("From gpoo at example.com  Thu Mar  3 18:20:35 2016"));
  CHECK(IsFromLine("From 1711@xxx Mon Sep 02 18:31:55 +0000 2021"));
  CHECK_FALSE(IsFromLine("From Russia with love"));
  CHECK_FALSE(IsFromLine("From here on, we meet at 10:30."));
  CHECK_FALSE(IsFromLine("From: a@b.org"));
  CHECK_FALSE(IsFromLine(">From a@b Fri Jul  8 12:08:34 2011"));
}

TEST_CASE("IsHeaderFieldLine") {
  CHECK(IsHeaderFieldLine("Subject: hi"));
  CHECK(IsHeaderFieldLine("X-Odd-Name :value"));
  CHECK_FALSE(IsHeaderFieldLine(" folded: no"));
  CHECK_FALSE(IsHeaderFieldLine("Dear parent:"));  // space in the name
  CHECK_FALSE(IsHeaderFieldLine(": empty name"));
  CHECK_FALSE(IsHeaderFieldLine(""));
}

TEST_CASE("an empty mbox has no messages") {
  CHECK(SplitAll("").empty());
  CHECK(SplitAll("\n\n").empty());
}

TEST_CASE("mboxo: messages, first lines and offsets") {
  std::string data =
      "From a@b Fri Jul  8 12:08:34 2011\n"  // line 1
      "Subject: one\n"                       // line 2, offset 34
      "\n"
      "body one\n"
      "\n"
      "From c@d Fri Jul  8 12:09:34 2011\n"  // line 6
      "Subject: two\n"                       // line 7
      "\n"
      "body two\n";
  auto m = SplitAll(data);
  REQUIRE(m.size() == 2);
  CHECK(m[0].bytes == "Subject: one\n\nbody one\n");
  CHECK(m[0].first_line == 2);
  CHECK(m[0].begin == 34);
  CHECK(m[1].bytes == "Subject: two\n\nbody two\n");
  CHECK(m[1].first_line == 7);
  CHECK(data.compare(m[1].begin, 12, "Subject: two") == 0);
}

TEST_CASE(
    "mboxo: an unescaped From line in a body that is not a From_ line stays") {
  std::string data =
      "From a@b Fri Jul  8 12:08:34 2011\n"
      "Subject: movie\n"
      "\n"
      "My favourite:\n"
      "\n"
      "From Russia with love\n"
      "Year: 1963\n"
      "\n"
      "From here on, see you at 10:30 in 2024\n"
      "and more\n";
  auto m = SplitAll(data);
  REQUIRE(m.size() == 1);
  CHECK(m[0].bytes.find("From Russia with love\nYear: 1963") !=
        std::string::npos);
  CHECK(m[0].bytes.find("From here on") != std::string::npos);
  CHECK_FALSE(m[0].escaped);
}

TEST_CASE("mboxrd: escaped From lines are flagged and unescaped by one level") {
  std::string data =
      "From a@b Fri Jul  8 12:08:34 2011\n"
      "Subject: quoted\n"
      "\n"
      ">From a@b Fri Jul  8 12:08:34 2011\n"
      ">>From deeper\n"
      "> From not escaped\n";
  auto m = SplitAll(data);
  REQUIRE(m.size() == 1);
  CHECK(m[0].escaped);
  CHECK(UnescapeFromLines(m[0].bytes) ==
        "Subject: quoted\n\nFrom a@b Fri Jul  8 12:08:34 2011\n>From deeper\n"
        "> From not escaped\n");
}

TEST_CASE(
    "mboxcl2: a true Content-Length keeps an unescaped From_ line in the "
    "body") {
  std::string body = "line\nFrom x@y Fri Jul  8 12:08:34 2011\nSubject: fake\n";
  std::string data =
      "From a@b Fri Jul  8 12:08:34 2011\nContent-Length: " +
      std::to_string(body.size()) + "\nSubject: cl\n\n" + body +
      "\nFrom c@d Fri Jul  8 12:09:34 2011\nSubject: next\n\nx\n";
  auto m = SplitAll(data);
  REQUIRE(m.size() == 2);
  CHECK(m[0].counted);
  CHECK(m[0].bytes.size() >= body.size());
  CHECK(m[0].bytes.substr(m[0].bytes.size() - body.size()) == body);
  CHECK(m[1].bytes == "Subject: next\n\nx\n");
  CHECK(m[1].first_line == 10);
}

TEST_CASE("a lying Content-Length is ignored and the body is scanned") {
  for (std::string length : {"3", "999999", "12", "abc"}) {
    CAPTURE(length);
    std::string data =
        "From - \nContent-Length: " + length +
        "\nSubject: a\n\nbody text\nFrom - \nSubject: b\n\nsecond\n";
    auto m = SplitAll(data);
    REQUIRE(m.size() == 2);
    CHECK_FALSE(m[0].counted);
    CHECK(m[0].bytes ==
          "Content-Length: " + length + "\nSubject: a\n\nbody text");
    CHECK(m[1].bytes == "Subject: b\n\nsecond\n");
  }
}

TEST_CASE("CRLF mbox: the separator's CRLF is not part of the message") {
  std::string data =
      "From a@b Fri Jul  8 12:08:34 2011\r\nSubject: one\r\n\r\nbody\r\n\r\n"
      "From c@d Fri Jul  8 12:09:34 2011\r\nSubject: two\r\n\r\nbody\r\n";
  auto m = SplitAll(data);
  REQUIRE(m.size() == 2);
  CHECK(m[0].bytes == "Subject: one\r\n\r\nbody\r\n");
  CHECK(m[1].bytes == "Subject: two\r\n\r\nbody\r\n");
  CHECK(m[1].first_line == 7);
}

TEST_CASE("a BOM and blank lines before the first From_ line are skipped") {
  std::string data = "\xEF\xBB\xBF\n\nFrom -\nSubject: x\n\nhi\n";
  CHECK(SniffContent(data) == ContentKind::kMbox);
  auto m = SplitAll(data);
  REQUIRE(m.size() == 1);
  CHECK(m[0].bytes == "Subject: x\n\nhi\n");
  CHECK(m[0].first_line == 4);
}

TEST_CASE("Thunderbird: From - lines without a blank line before them") {
  std::string data = "From - \nSubject: a\n\nA\nFrom - \nSubject: b\n\nB";
  auto m = SplitAll(data);
  REQUIRE(m.size() == 2);
  CHECK(m[0].bytes == "Subject: a\n\nA");
  CHECK(m[1].bytes == "Subject: b\n\nB");
}

TEST_CASE("consecutive From_ lines give an empty message, never a hang") {
  std::string data = "From - \nFrom - \nSubject: b\n\nB\nFrom -";
  auto m = SplitAll(data);
  REQUIRE(m.size() == 3);
  CHECK(m[0].bytes.empty());
  CHECK(m[1].bytes == "Subject: b\n\nB");
  CHECK(m[2].bytes.empty());
}

TEST_CASE("SniffContent") {
  CHECK(SniffContent("") == ContentKind::kEmpty);
  CHECK(SniffContent("\x1f\x8b\x08") == ContentKind::kGzip);
  CHECK(SniffContent("Received: x\n") == ContentKind::kMessage);
  CHECK(SniffContent("Hi Ana,\nthanks") == ContentKind::kUnknown);
  CHECK(SniffContent("From Russia with love\n") == ContentKind::kUnknown);
  CHECK(SniffContent("{\"json\": 1}") == ContentKind::kUnknown);
}

}  // namespace
}  // namespace maillint
