// Runner::Check on messages that would flood a report: findings capped per
// rule, excerpts of long lines cut around the match.
#include "lint/runner.h"

#include <doctest/doctest.h>

#include <string>

#include "lint/rule_registry.h"
#include "rules/families.h"
#include "tests/testing.h"

namespace maillint {
namespace {

MessageResult CheckWithRule(const std::string& rule_id,
                            const std::string& text) {
  Config config;
  config.rules.select = {"-*", rule_id};
  RuleRegistry registry;
  AddBuiltinRules(registry);
  auto rules = registry.Instantiate(config);
  REQUIRE(rules);
  Runner runner(config, std::move(rules.value()), RunOptions());
  Result<Message> message =
      runner.Prepare(RawMessage::FromString(Origin{}, text));
  REQUIRE(message);
  MessageResult result = runner.Check(message.value());
  // Leave out input.* findings (no Date header and the like).
  std::erase_if(result.findings,
                [&](const Finding& f) { return f.rule_id != rule_id; });
  return result;
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST_CASE("at most 100 findings per rule, then one that counts the rest") {
  MessageResult r = CheckWithRule(
      "proofreading.placeholder",
      "From: a@example.com\nSubject: s\n\nHi Ana,\n\n" +
          Repeat("Dear [NAME], see [LINK].\n", 125) + "\nThanks\n");
  REQUIRE(r.findings.size() == 101);
  int listed = 0;
  const Finding* more = nullptr;
  for (const Finding& f : r.findings) {
    CHECK(f.rule_id == "proofreading.placeholder");
    if (f.line > 0) ++listed;
    if (f.message.find("more findings") != std::string::npos) more = &f;
  }
  CHECK(listed == 100);
  REQUIRE(more != nullptr);
  CHECK(more->message ==
        "150 more findings of this rule in this message are not listed");
  CHECK(more->severity == Severity::kError);
  CHECK(r.status == MessageStatus::kFail);
}

TEST_CASE("an excerpt shows the match with some context, not a whole line") {
  std::string before = Repeat("word ", 200);
  std::string after = Repeat(" más", 200);
  MessageResult r =
      CheckWithRule("proofreading.placeholder",
                    "From: a@example.com\nSubject: s\n\nHi Ana,\n\n" + before +
                        "[NAME]" + after + "\n\nThanks\n");
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.column == 1001);
  // "…" + 60 code points + match + 60 code points + "…"
  CHECK(f.excerpt == "\u2026" + before.substr(before.size() - 60) + "[NAME]" +
                         Repeat(" más", 15) + "\u2026");
  CHECK(f.excerpt_column == 62);
  CHECK(f.excerpt_width == 6);
}

TEST_CASE("a short line is its own excerpt") {
  MessageResult r = CheckWithRule(
      "proofreading.placeholder",
      "From: a@example.com\nSubject: s\n\nHi Ana,\n\nDear [NAME], hi.\n");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].excerpt == "Dear [NAME], hi.");
  CHECK(r.findings[0].excerpt_column == 6);
}

}  // namespace
}  // namespace maillint
