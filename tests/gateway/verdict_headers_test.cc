#include "gateway/verdict_headers.h"

#include <doctest/doctest.h>

namespace maillint {
namespace {

TEST_CASE("filter: X-Maillint-* fields go, folded lines included; bytes stay") {
  std::string in =
      "Received: from a\r\n\tby b\r\n"
      "X-Maillint-Status: pass\r\n"
      "Subject: hi\r\n"
      "x-maillint-findings: none\r\n  forged continuation\r\n"
      "X-Maillint-Other : y\r\n"
      "X-Mailer: keep me\r\n"
      "\r\n"
      "X-Maillint-Status: in the body, kept\r\n";
  CHECK(StripMaillintHeaders(in) ==
        "Received: from a\r\n\tby b\r\n"
        "Subject: hi\r\n"
        "X-Mailer: keep me\r\n"
        "\r\n"
        "X-Maillint-Status: in the body, kept\r\n");
}

TEST_CASE("filter: a field folded before its colon is still a field") {
  CHECK(StripMaillintHeaders(
            "A: 1\r\nX-Maillint-Status\r\n : pass\r\nB: 2\r\n\r\nx") ==
        "A: 1\r\nB: 2\r\n\r\nx");
  CHECK(StripMaillintHeaders("A: 1\nnot a field\nX-Maillint-Status: pass\n") ==
        "A: 1\nnot a field\nX-Maillint-Status: pass\n");
}

TEST_CASE("filter: messages without forged fields come back identical") {
  std::string lf = "From: a@b\nSubject: x\n\nbody\n";
  CHECK(StripMaillintHeaders(lf) == lf);
  std::string no_headers = "just a draft\nX-Maillint-Status: pass\n";
  CHECK(StripMaillintHeaders(no_headers) == no_headers);
  std::string no_body = "Subject: x\nX-Maillint-Status: pass";
  CHECK(StripMaillintHeaders(no_body) == "Subject: x\n");
  CHECK(StripMaillintHeaders("") == "");
}

TEST_CASE("filter: the mbox envelope line stays first") {
  std::string in =
      "From a@b Mon Jan  1 00:00:00 2026\nX-Maillint-Status: pass\nSubject: "
      "x\n\nhi\n";
  CHECK(EnvelopeLineLength(in) == 34);
  std::string stripped = StripMaillintHeaders(in);
  CHECK(stripped == "From a@b Mon Jan  1 00:00:00 2026\nSubject: x\n\nhi\n");
  CHECK(InsertHeaders(stripped, "X-Maillint-Status: pass\n") ==
        "From a@b Mon Jan  1 00:00:00 2026\nX-Maillint-Status: pass\nSubject: "
        "x\n\nhi\n");
  CHECK(InsertHeaders("Subject: x\n\nhi\n", "A: b\n") ==
        "A: b\nSubject: x\n\nhi\n");
}

TEST_CASE("filter: line ending and header block detection") {
  CHECK(DetectLineEnding("Subject: x\r\n\r\n") == "\r\n");
  CHECK(DetectLineEnding("Subject: x\n\n") == "\n");
  CHECK(DetectLineEnding("no newline") == "\n");
  CHECK(HasCompleteHeaderBlock("Subject: x\n\nbody"));
  CHECK(HasCompleteHeaderBlock("Subject: x\nnot a header\n"));
  CHECK_FALSE(HasCompleteHeaderBlock("Subject: x\nX-Maill"));
  CHECK_FALSE(HasCompleteHeaderBlock("Subject: x\n"));
}

MessageResult ResultWith(
    MessageStatus status,
    std::vector<std::pair<std::string, Severity>> findings) {
  MessageResult r;
  r.status = status;
  for (auto& [id, severity] : findings) {
    Finding f;
    f.rule_id = id;
    f.severity = severity;
    f.message = "SECRET 123-45-6789";
    f.excerpt = "SECRET";
    r.findings.push_back(f);
  }
  return r;
}

TEST_CASE("filter: verdict headers carry counts and rule ids only") {
  CHECK(VerdictHeaders(ResultWith(MessageStatus::kPass, {}), "\r\n") ==
        "X-Maillint-Status: pass\r\nX-Maillint-Findings: none\r\n");
  MessageResult fail = ResultWith(
      MessageStatus::kFail, {{"greeting.missing", Severity::kError},
                             {"proofreading.placeholder", Severity::kWarning},
                             {"proofreading.placeholder", Severity::kWarning}});
  std::string headers = VerdictHeaders(fail, "\n");
  CHECK(headers ==
        "X-Maillint-Status: fail\n"
        "X-Maillint-Findings: 3 (1 error, 2 warnings): greeting.missing\n"
        " proofreading.placeholder\n");
  CHECK(headers.find("SECRET") == std::string::npos);
  CHECK(headers.find("6789") == std::string::npos);
}

TEST_CASE("filter: long rule lists fold under 78 columns and are cut") {
  std::vector<std::pair<std::string, Severity>> many;
  for (int i = 0; i < 20; ++i) {
    many.push_back(
        {"family.rule-number-" + std::to_string(i), Severity::kInfo});
  }
  std::string headers =
      VerdictHeaders(ResultWith(MessageStatus::kPass, many), "\n");
  CHECK(headers.find("+8 more") != std::string::npos);
  size_t start = 0;
  while (start < headers.size()) {
    size_t end = headers.find('\n', start);
    CHECK(end - start <= 78);
    if (start > 0 && headers.compare(start, 11, "X-Maillint-") != 0) {
      CHECK(headers[start] == ' ');  // continuation lines
    }
    start = end + 1;
  }
}

TEST_CASE("filter: error headers give a printable, short reason") {
  std::string headers = ErrorHeaders("bad\r\ninjected: header\x01", "\n");
  CHECK(headers ==
        "X-Maillint-Status: error\n"
        "X-Maillint-Findings: not checked: bad injected: header\n");
  CHECK(ErrorHeaders(std::string(1000, 'x'), "\n").size() < 300);
  MessageResult error;
  error.status = MessageStatus::kError;
  error.error = "cannot parse";
  CHECK(VerdictHeaders(error, "\n") ==
        "X-Maillint-Status: error\nX-Maillint-Findings: not checked: cannot "
        "parse\n");
}

}  // namespace
}  // namespace maillint
