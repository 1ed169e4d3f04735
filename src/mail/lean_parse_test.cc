// ParseMessage's lean paths (mime_parser.cc: single text parts decoded
// without GMime's tree, other messages parsed from their MIME fields only)
// against the plain GMime parse of the whole message: on every message of
// the real corpus and on hand-made edge cases, both must give the same
// message model.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "mail/input.h"
#include "mail/mime_parser.h"
#include "tests/testing.h"

namespace maillint {
namespace {

// Everything ParseMessage derives from the MIME structure, in one string so
// that a difference shows in the failure message.
std::string Describe(const Message& m) {
  std::ostringstream out;
  out << "type=" << m.body.content_type << " charset=" << m.body.charset
      << " flowed=" << m.body.flowed << " file_lines=" << m.body.file_lines
      << " first_line=" << m.body.first_file_line << "\ntext=[" << m.body.text
      << "]\nhtml=[" << m.body.html << "]\n";
  for (const Link& l : m.links) {
    out << "link " << l.href << " | " << l.text << " " << l.begin << "-"
        << l.end << " html=" << l.from_html << "\n";
  }
  for (const Attachment& a : m.attachments) {
    out << "attachment " << a.filename << " " << a.content_type << " " << a.size
        << " inline=" << a.inline_part << " text=" << a.text.size() << "\n";
  }
  for (const InputProblem& p : m.problems) {
    out << "problem " << p.kind << " " << p.file_line << " " << p.message
        << "\n";
  }
  return out.str();
}

std::string Parse(const RawMessage& raw, bool fast) {
  ParseOptions options;
  options.lean_mime_parse = fast;
  Result<Message> m = ParseMessage(raw, options);
  return m ? Describe(m.value()) : "error: " + m.error().message();
}

void CheckSame(const std::string& text) {
  Origin origin;
  origin.path = "case.eml";
  RawMessage raw = RawMessage::FromString(origin, text);
  CHECK(Parse(raw, true) == Parse(raw, false));
}

TEST_CASE("lean MIME parse: same model as GMime on the real corpus") {
  if (!std::filesystem::exists(testing::CorpusRealDir())) {
    MESSAGE("corpus-real not found; skipped");
    return;
  }
  InitMimeLibrary();
  int compared = 0, differ = 0;
  ReadInputs({testing::CorpusRealDir().string()}, InputOptions(),
             [&](RawMessage raw) {
               if (!raw.error.ok()) return true;
               ++compared;
               std::string fast = Parse(raw, true);
               std::string full = Parse(raw, false);
               if (fast != full) {
                 ++differ;
                 CAPTURE(raw.origin.path);
                 CAPTURE(raw.origin.index);
                 CHECK(fast == full);
               }
               return true;
             });
  MESSAGE("lean parse vs GMime: " << compared << " messages, " << differ
                                  << " differ");
  CHECK(compared > 700);
  CHECK(differ == 0);
}

TEST_CASE("lean MIME parse: edge cases agree with GMime") {
  InitMimeLibrary();
  const char* kHead = "From: a@example.com\nSubject: s\n";
  // No Content-Type, charset and format parameters, folded and commented
  // values, upper case, RFC 2231 charset.
  CheckSame(std::string(kHead) + "\nplain body\n");
  CheckSame(std::string(kHead) +
            "Content-Type: text/plain; charset=\"ISO-8859-1\"; "
            "format=flowed\n\nCaf\xe9 \nline two\n");
  CheckSame(std::string(kHead) +
            "Content-Type: TEXT/PLAIN;\n charset=utf-8 (comment);\n"
            " format=Flowed; DelSp=Yes\n\nsoft \nbreak\n");
  CheckSame(std::string(kHead) +
            "Content-Type: text/plain; charset*=utf-8''%C3%A9\n\nx\n");
  CheckSame(std::string(kHead) + "Content-Type: text/plain charset=utf-8\n\nx");
  // Transfer encodings, including bad input and unknown names.
  CheckSame(std::string(kHead) +
            "Content-Transfer-Encoding: base64\n\naGVsbG8gd29ybGQK\n");
  CheckSame(std::string(kHead) +
            "Content-Transfer-Encoding: BASE64 \n\naGVsb!!G8gd29y\nbGQ\n");
  CheckSame(std::string(kHead) +
            "Content-Transfer-Encoding: quoted-printable\n\n"
            "caf=C3=A9 =\nsoft=3D break=\r\n=ZZ end\n");
  CheckSame(std::string(kHead) + "Content-Transfer-Encoding: x-unknown\n\nx\n");
  CheckSame(std::string(kHead) +
            "Content-Transfer-Encoding: x-uuencode\n\nbegin 644 a\n"
            "#86)C\n`\nend\n");
  // HTML, attachments, repeated fields, CRLF, no body.
  CheckSame(std::string(kHead) +
            "Content-Type: text/html; charset=utf-8\n\n<p>Hi <a "
            "href=\"https://x.org/a\">x</a></p>\n");
  CheckSame(std::string(kHead) +
            "Content-Type: text/plain\nContent-Disposition: attachment; "
            "filename=a.txt\n\nx\n");
  CheckSame(std::string(kHead) +
            "Content-Type: text/plain\nContent-Disposition: inline\n\nx\n");
  CheckSame(std::string(kHead) +
            "Content-Type: text/plain\nContent-Type: text/html\n\n<b>x</b>\n");
  CheckSame(
      "From: a@example.com\r\nContent-Type: text/plain\r\n\r\nline\r\nx\r\n");
  CheckSame(std::string(kHead));
  CheckSame(std::string(kHead) + "Content-Type: application/pdf\n\n%PDF\n");
  CheckSame(std::string(kHead) + "Content-Type: text\n\nbare type\n");
  CheckSame(std::string(kHead) + "Content-Type: ;charset=utf-8\n\nempty\n");
  // Multipart messages: GMime sees only their MIME fields.
  const std::string kAlternative =
      "--b1\nContent-Type: text/plain; charset=utf-8\n\nplain\n"
      "--b1\nContent-Type: text/html\n\n<p>html</p>\n--b1--\n";
  CheckSame(std::string(kHead) +
            "MIME-Version: 1.0\nContent-Type: multipart/alternative;\n"
            "\tboundary=\"b1\"\n\n" +
            kAlternative);
  CheckSame(std::string(kHead) +
            "content-type: MULTIPART/alternative; boundary=b1\nX-Other: "
            "y\n\npreamble\n" +
            kAlternative + "epilogue\n");
  CheckSame(std::string(kHead) +
            "Content-Type : multipart/mixed; boundary=b2\nContent-Type: "
            "text/plain\n\n--b2\n\nfirst\n--b2\nContent-Type: "
            "message/rfc822\n\nFrom: x@y.org\nSubject: inner\n\ninner "
            "text\n--b2--\n");
  CheckSame(std::string(kHead) +
            "Content-Type: multipart/mixed; boundary=b3\n"
            "Content-Transfer-Encoding: 7bit\n\n--b3\nContent-Type: "
            "application/pdf; name=a.pdf\nContent-Transfer-Encoding: "
            "base64\n\nJVBERi0=\n--b3\n\nbody\n--b3--\n");
  CheckSame(std::string(kHead) +
            "Content-Type: multipart/mixed; boundary=missing\n\nno parts\n");
}

}  // namespace
}  // namespace maillint
