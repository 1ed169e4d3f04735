#include "mail/raw_checks.h"

#include <doctest/doctest.h>

#include <string>

namespace maillint {
namespace {

const InputProblem* Find(const std::vector<InputProblem>& problems,
                         std::string_view kind) {
  for (const InputProblem& p : problems) {
    if (p.kind == kind) return &p;
  }
  return nullptr;
}

TEST_CASE("a clean message has no raw problems") {
  CHECK(CheckRawBytes("Subject: hi\nFrom: a@b.org\n\nHello,\nthanks.\n", 1)
            .empty());
  CHECK(CheckRawBytes("Subject: hi\r\n\r\nHello\r\n", 1).empty());
  CHECK(CheckRawBytes("Subject: caf\xC3\xA9\n\nx\n", 1).size() ==
        1);  // 8bit only
}

TEST_CASE("nul-byte reports the file line of the first NUL and the count") {
  std::string m("Subject: x\n\nline\nbad\0 and\0\n", 27);
  auto problems = CheckRawBytes(m, 10);
  const InputProblem* p = Find(problems, "nul-byte");
  REQUIRE(p != nullptr);
  CHECK(p->file_line == 13);
  CHECK(p->message.find("2 times") != std::string::npos);
}

TEST_CASE("bare-cr: a CR not followed by LF") {
  auto problems = CheckRawBytes("Subject: x\n\nold mac\rline\n", 1);
  const InputProblem* p = Find(problems, "bare-cr");
  REQUIRE(p != nullptr);
  CHECK(p->file_line == 3);
  CHECK(Find(CheckRawBytes("Subject: x\r\n\r\nok\r\n", 1), "bare-cr") ==
        nullptr);
}

TEST_CASE("mixed-line-endings names the first line that differs") {
  auto problems = CheckRawBytes("Subject: x\r\nTo: y\r\n\r\nbody\nmore\r\n", 5);
  const InputProblem* p = Find(problems, "mixed-line-endings");
  REQUIRE(p != nullptr);
  CHECK(p->file_line == 8);
  CHECK(p->message.find("4 lines end in CRLF and 1 in LF") !=
        std::string::npos);
}

TEST_CASE("missing-header-separator: the body starts right after the headers") {
  auto problems = CheckRawBytes("Subject: x\nTo: y\n  folded\nHello Ana,\n", 1);
  const InputProblem* p = Find(problems, "missing-header-separator");
  REQUIRE(p != nullptr);
  CHECK(p->file_line == 4);
  // A draft without headers and a header-only message are fine.
  CHECK(CheckRawBytes("Hello Ana,\nthanks\n", 1).empty());
  CHECK(CheckRawBytes("Subject: only headers\n", 1).empty());
}

TEST_CASE("8bit-header tells UTF-8 from unknown 8-bit bytes") {
  auto utf8 = CheckRawBytes("To: x\nSubject: caf\xC3\xA9\n\nbody \xFF\n", 3);
  const InputProblem* p = Find(utf8, "8bit-header");
  REQUIRE(p != nullptr);
  CHECK(p->file_line == 4);
  CHECK(p->message.find("UTF-8") != std::string::npos);
  CHECK(p->message.find("not UTF-8") == std::string::npos);
  auto latin1 = CheckRawBytes("Subject: caf\xE9\n\nbody\n", 1);
  p = Find(latin1, "8bit-header");
  REQUIRE(p != nullptr);
  CHECK(p->message.find("not UTF-8") != std::string::npos);
  // 8-bit bytes in the body alone are not a header problem.
  CHECK(Find(CheckRawBytes("Subject: x\n\ncaf\xE9\n", 1), "8bit-header") ==
        nullptr);
}

TEST_CASE("message-too-large is an error") {
  InputProblem p = MessageTooLargeProblem(100, 10, 7);
  CHECK(p.kind == "message-too-large");
  CHECK(p.is_error);
  CHECK(p.file_line == 7);
}

}  // namespace
}  // namespace maillint
