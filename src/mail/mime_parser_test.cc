#include "mail/mime_parser.h"

#include <doctest/doctest.h>

#include <thread>

namespace maillint {
namespace {

Message Parse(const std::string& text, ParseOptions options = ParseOptions(),
              int first_line = 1) {
  InitMimeLibrary();
  Origin origin;
  origin.path = "t.eml";
  origin.first_line = first_line;
  Result<Message> m =
      ParseMessage(RawMessage::FromString(origin, text), options);
  REQUIRE(m.has_value());
  return std::move(m.value());
}

bool HasProblem(const Message& m, const std::string& kind) {
  for (const InputProblem& p : m.problems) {
    if (p.kind == kind) return true;
  }
  return false;
}

TEST_CASE("single-part text: decoded headers, file line positions") {
  Message m = Parse(
      "From: \"Doe, Jane\" <jane@pghschools.org>\n"
      "To: =?UTF-8?B?w6k=?==?UTF-8?B?w6k=?= <e@x.org>\n"
      "Subject: =?ISO-8859-1?Q?Inscripci=F3n?=\n"
      "Date: Tue, 1 Jul 2003 10:52:37 +0200\n"
      "Message-ID: <m1@x.org>\n"
      "In-Reply-To: <p1@x.org>\n"
      "References: <p0@x.org>\n <p1@x.org>\n"
      "\n"
      "Hi Ana,\n\nSee www.pghschools.org today.\n",
      ParseOptions(), 10);
  CHECK(m.has_headers);
  CHECK(m.subject == "Inscripción");
  REQUIRE(m.from.size() == 1);
  CHECK(m.from[0].display_name == "Doe, Jane");
  CHECK(m.to[0].display_name == "éé");
  REQUIRE(m.date);
  CHECK(m.date->offset_minutes == 120);
  CHECK(m.message_id == "m1@x.org");
  CHECK(m.in_reply_to == std::vector<std::string>{"p1@x.org"});
  CHECK(m.references == std::vector<std::string>{"p0@x.org", "p1@x.org"});
  CHECK(m.headers[0].line == 10);
  CHECK(m.FindHeader("subject")->line == 12);
  CHECK(m.body.text == "Hi Ana,\n\nSee www.pghschools.org today.\n");
  CHECK(m.body.file_lines);
  CHECK(m.body.first_file_line == 19);  // 8 header lines from 10, blank 18
  REQUIRE(m.links.size() == 1);
  CHECK(m.links[0].href == "www.pghschools.org");
  CHECK(m.problems.empty());
}

TEST_CASE("CRLF text keeps file lines; converted text does not") {
  Message crlf = Parse(
      "Subject: a\r\nDate: Tue, 1 Jul 2003 10:52:37 +0200\r\n\r\nline "
      "1\r\nline 2\r\n");
  CHECK(crlf.body.text == "line 1\nline 2\n");
  CHECK(crlf.body.file_lines);
  CHECK(crlf.body.first_file_line == 4);
  Message latin1 = Parse(
      "Subject: a\nContent-Type: text/plain; charset=iso-8859-1\n\nSe\xf1or\n");
  CHECK(latin1.body.text == "Señor\n");
  CHECK_FALSE(latin1.body.file_lines);
  Message qp = Parse(
      "Subject: a\nContent-Transfer-Encoding: "
      "quoted-printable\n\nsoft=\nbreak\n");
  CHECK(qp.body.text == "softbreak\n");
  CHECK_FALSE(qp.body.file_lines);
}

TEST_CASE("no header block: a plain-text draft") {
  Message m = Parse("Hi Ana,\n\nNote: bring the forms.\n");
  CHECK_FALSE(m.has_headers);
  CHECK(m.body.text == "Hi Ana,\n\nNote: bring the forms.\n");
  CHECK(m.body.file_lines);
  CHECK(m.body.first_file_line == 1);
  CHECK_FALSE(Parse("Note: bring the forms\n\nThanks\n").has_headers);
}

TEST_CASE("missing and bad dates, missing separator") {
  CHECK(HasProblem(Parse("Subject: x\n\nbody\n"), "missing-date"));
  Message bad = Parse("Subject: x\nDate: someday soon\n\nbody\n");
  CHECK(HasProblem(bad, "bad-date"));
  CHECK_FALSE(bad.date);
  Message glued = Parse(
      "Subject: x\nDate: Tue, 1 Jul 2003 10:52:37 +0200\nHello there,\nbody\n");
  CHECK(HasProblem(glued, "missing-header-separator"));
  CHECK(glued.body.text == "Hello there,\nbody\n");
}

TEST_CASE("charsets in bodies: Windows-1252, Shift-JIS, unknown") {
  Message cp = Parse(
      "Subject: a\nContent-Type: text/plain; "
      "charset=windows-1252\n\n\x93ok\x94\n");
  CHECK(cp.body.text == "“ok”\n");
  Message sjis = Parse(
      "Subject: a\nContent-Type: text/plain; charset=Shift_JIS\n"
      "Content-Transfer-Encoding: 8bit\n\n\x93\xfa\x96\x7b\n");
  CHECK(sjis.body.text == "日本\n");
  Message unknown = Parse(
      "Subject: a\nContent-Type: text/plain; charset=x-klingon\n\ncaf\xe9\n");
  CHECK(unknown.body.text == "café\n");
  CHECK(HasProblem(unknown, "bad-charset"));
}

TEST_CASE("format=flowed with DelSp") {
  Message m = Parse(
      "Subject: a\nContent-Type: text/plain; format=flowed; delsp=yes\n\n"
      "Thank you for writ \ning.\n> quoted  \n> more\n");
  CHECK(m.body.flowed);
  CHECK(m.body.text == "Thank you for writing.\n> quoted more\n");
  CHECK_FALSE(m.body.file_lines);
}

const char kAlternative[] =
    "Subject: alt\nMIME-Version: 1.0\n"
    "Content-Type: multipart/alternative; boundary=\"b\"\n\n"
    "--b\nContent-Type: text/html; charset=utf-8\n\n"
    "<p>Hello <a href=\"https://x.org/a\">the page</a></p>\n"
    "--b--\n";

TEST_CASE("HTML-only body is rendered, keeps the HTML and its links") {
  Message m = Parse(kAlternative);
  CHECK(m.body.content_type == "text/html");
  CHECK(m.body.text == "Hello the page\n");
  CHECK(m.body.html.find("<a href") != std::string::npos);
  REQUIRE(m.links.size() == 1);
  CHECK(m.links[0].from_html);
  CHECK(m.body.text.substr(m.links[0].begin,
                           m.links[0].end - m.links[0].begin) == "the page");
  CHECK_FALSE(m.body.file_lines);
}

TEST_CASE("text/plain is preferred in multipart/alternative") {
  Message m = Parse(
      "Subject: alt\nContent-Type: multipart/alternative; boundary=b\n\n"
      "--b\nContent-Type: text/plain\n\nplain\n"
      "--b\nContent-Type: text/html\n\n<p>html</p>\n--b--\n");
  // The line break before a boundary belongs to the boundary (RFC 2046).
  CHECK(m.body.text == "plain");
  CHECK(m.body.html.empty());
  CHECK(m.attachments.empty());
}

TEST_CASE("attachments, including inside a nested message/rfc822") {
  Message m = Parse(
      "Subject: fwd\nContent-Type: multipart/mixed; boundary=outer\n\n"
      "--outer\nContent-Type: text/plain\n\nSee attached.\n"
      "--outer\nContent-Type: application/pdf; name=\"r.pdf\"\n"
      "Content-Disposition: attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf\n"
      "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQ=\n"
      "--outer\nContent-Type: message/rfc822\n\n"
      "Subject: inner\nContent-Type: multipart/mixed; boundary=inner\n\n"
      "--inner\nContent-Type: text/plain\n\nInner text\n"
      "--inner\nContent-Type: text/csv\nContent-Disposition: inline; "
      "filename=a.csv\n\n"
      "id,name\n1,Ana\n"
      "--inner--\n"
      "--outer--\n");
  CHECK(m.body.text == "See attached.");
  REQUIRE(m.attachments.size() == 3);
  CHECK(m.attachments[0].filename == "résumé.pdf");
  CHECK(m.attachments[0].content_type == "application/pdf");
  CHECK(m.attachments[0].size == 8);
  CHECK(m.attachments[1].content_type == "message/rfc822");
  CHECK(m.attachments[1].text.find("Inner text") != std::string::npos);
  CHECK(m.attachments[2].filename == "a.csv");
  CHECK(m.attachments[2].inline_part);
  CHECK(m.attachments[2].text == "id,name\n1,Ana");
}

TEST_CASE("limits: MIME depth and part count are errors, never crashes") {
  std::string nested = "Subject: deep\n";
  for (int i = 0; i < 50; ++i) {
    nested += "Content-Type: multipart/mixed; boundary=b" + std::to_string(i) +
              "\n\n--b" + std::to_string(i) + "\n";
  }
  nested += "Content-Type: text/plain\n\ndeep text\n";
  Message deep = Parse(nested);
  CHECK(HasProblem(deep, "mime-depth"));
  ParseOptions few;
  few.max_parts = 3;
  std::string many =
      "Subject: m\nContent-Type: multipart/mixed; boundary=b\n\n";
  for (int i = 0; i < 10; ++i) many += "--b\nContent-Type: image/png\n\nx\n";
  many += "--b--\n";
  Message m = Parse(many, few);
  CHECK(HasProblem(m, "mime-parts"));
  ParseOptions small;
  small.max_header_bytes = 64;
  Message big =
      Parse("Subject: " + std::string(200, 'x') + "\nX-A: b\n\nbody\n", small);
  CHECK(HasProblem(big, "header-size"));
  for (const InputProblem& p : big.problems) {
    if (p.kind == "header-size") CHECK(p.is_error);
  }
}

TEST_CASE("automation markers reach the message") {
  CHECK(Parse("Subject: a\nAuto-Submitted: auto-replied\n\nx\n").auto_class ==
        AutoClass::kAutoReply);
  CHECK(Parse("Subject: a\nList-Id: <l.x.org>\n\nx\n").auto_class ==
        AutoClass::kList);
}

TEST_CASE("concurrent parsing on several threads gives identical results") {
  InitMimeLibrary();
  std::vector<std::string> inputs = {
      kAlternative, "Subject: =?UTF-8?B?w6k=?=\n\nplain body\n",
      "Subject: a\nContent-Type: text/plain; "
      "charset=iso-8859-1\n\nSe\xf1or\n"};
  std::vector<std::string> expected;
  for (const std::string& in : inputs) expected.push_back(Parse(in).body.text);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        size_t k = static_cast<size_t>(i + t) % inputs.size();
        Origin origin;
        Result<Message> m = ParseMessage(
            RawMessage::FromString(origin, inputs[k]), ParseOptions());
        if (!m || m->body.text != expected[k]) ++mismatches[t];
      }
    });
  }
  for (std::thread& t : threads) t.join();
  CHECK(mismatches == std::vector<int>(4, 0));
}

}  // namespace
}  // namespace maillint
