// The gateway's policy, header policy, config section and option values.
#include "gateway/policy.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "gateway/gateway_config.h"
#include "gateway/option_values.h"
#include "gateway/verdict_headers.h"

namespace maillint {
namespace {

Finding MakeFinding(std::string id, Severity severity) {
  Finding f;
  f.rule_id = std::move(id);
  f.severity = severity;
  return f;
}

MessageResult Failing(std::vector<Finding> findings) {
  MessageResult r;
  r.status = MessageStatus::kFail;
  r.findings = std::move(findings);
  return r;
}

std::string WriteConfig(const std::string& text) {
  auto path = std::filesystem::temp_directory_path() /
              ("maillint-gateway-" + std::to_string(::getpid()) + ".yml");
  std::ofstream(path) << text;
  return path.string();
}

const RecipientMix kInternal{1, 0};
const RecipientMix kExternal{0, 1};

TEST_CASE(
    "gateway policy: the default quarantines confidentiality errors to "
    "outsiders only") {
  GatewayConfig g;
  MessageResult r =
      Failing({MakeFinding("confidentiality.student-id", Severity::kError),
               MakeFinding("greeting.missing", Severity::kWarning)});
  Decision out = Decide(g, r, kExternal);
  CHECK(out.action == GatewayAction::kQuarantine);
  CHECK(out.rule_ids == std::vector<std::string>{"confidentiality.student-id"});
  CHECK(Decide(g, r, kInternal).action == GatewayAction::kAccept);
  MessageResult warning =
      Failing({MakeFinding("confidentiality.student-id", Severity::kWarning)});
  CHECK(Decide(g, warning, kExternal).action == GatewayAction::kAccept);
}

TEST_CASE(
    "gateway policy: the strongest action wins, first matching entry per "
    "finding") {
  GatewayConfig g;
  PolicyEntry tag;
  tag.match = "tone.*";
  tag.action = GatewayAction::kTag;
  PolicyEntry reject;
  reject.match = "confidentiality.ssn";
  reject.action = GatewayAction::kReject;
  reject.code = "5.7.1";
  reject.reason = "no";
  PolicyEntry never;  // shadowed by the reject entry before it
  never.match = "confidentiality.*";
  never.action = GatewayAction::kAccept;
  g.policy = {tag, reject, never};
  Decision d =
      Decide(g,
             Failing({MakeFinding("tone.blame", Severity::kWarning),
                      MakeFinding("confidentiality.ssn", Severity::kError)}),
             kInternal);
  CHECK(d.action == GatewayAction::kReject);
  CHECK(d.code == "5.7.1");
  CHECK(d.rule_ids == std::vector<std::string>{"confidentiality.ssn"});
}

TEST_CASE(
    "gateway headers: none to outsiders by default; never confidentiality "
    "ids") {
  GatewayConfig g;
  MessageResult r =
      Failing({MakeFinding("confidentiality.student-id", Severity::kError),
               MakeFinding("greeting.missing", Severity::kWarning)});
  CHECK(VerdictFields(g, r, kExternal).empty());
  CHECK(VerdictFields(g, r, RecipientMix{3, 1}).empty());
  auto internal = VerdictFields(g, r, kInternal);
  REQUIRE(internal.size() == 2);
  CHECK(internal[0] ==
        std::pair<std::string, std::string>{"X-Maillint-Status", "fail"});
  CHECK(internal[1].second.find("confidentiality.student-id") !=
        std::string::npos);
  g.external_headers = HeaderMode::kStatus;
  CHECK(VerdictFields(g, r, kExternal) ==
        std::vector<std::pair<std::string, std::string>>{
            {"X-Maillint-Status", "fail"}});
  g.external_headers = HeaderMode::kFull;
  auto full = VerdictFields(g, r, kExternal);
  REQUIRE(full.size() == 2);
  CHECK(full[0].second == "fail");
  CHECK(full[1].second.find("confidentiality") == std::string::npos);
  CHECK(full[1].second.find("greeting.missing") != std::string::npos);
  CHECK(ErrorFields(g, "secret reason", kExternal) ==
        std::vector<std::pair<std::string, std::string>>{
            {"X-Maillint-Status", "error"}});
}

TEST_CASE("gateway config: reads every key and names file:line for mistakes") {
  std::string path = WriteConfig(
      "gateway:\n"
      "  policy:\n"
      "    - match: \"tone.*\"\n"
      "      action: hold\n"
      "      reason: fix it\n"
      "  headers: {internal: status, external: none}\n"
      "  tag: \"[x] \"\n");
  Result<GatewayConfig> g = LoadGatewayConfig(path);
  REQUIRE(g);
  REQUIRE(g->policy.size() == 1);
  CHECK(g->policy[0].action == GatewayAction::kHold);
  CHECK(g->policy[0].code == "4.7.1");
  CHECK(g->internal_headers == HeaderMode::kStatus);
  CHECK(g->tag == "[x] ");

  path = WriteConfig(
      "gateway:\n  policy:\n    - action: reject\n      code: \"4.7.1\"\n");
  Result<GatewayConfig> bad = LoadGatewayConfig(path);
  REQUIRE(!bad);
  CHECK(bad.error().message().find(":3:") != std::string::npos);
  CHECK(bad.error().message().find("5.x.y") != std::string::npos);

  path = WriteConfig("gateway:\n  polcy: []\n");
  bad = LoadGatewayConfig(path);
  REQUIRE(!bad);
  CHECK(bad.error().message().find("did you mean 'policy'") !=
        std::string::npos);

  path = WriteConfig("gateway:\n  policy:\n    - action: bounce\n");
  CHECK(!LoadGatewayConfig(path));
  std::filesystem::remove(path);
}

TEST_CASE("gateway options: durations in ms and s, sizes") {
  using std::chrono::milliseconds;
  CHECK(ParseDuration("60", std::chrono::seconds(1)) == milliseconds(60000));
  CHECK(ParseDuration("250ms", std::chrono::seconds(1)) == milliseconds(250));
  CHECK(ParseDuration("1.5s", std::chrono::seconds(1)) == milliseconds(1500));
  CHECK(ParseDuration("0", std::chrono::seconds(1)) == milliseconds(0));
  CHECK(!ParseDuration("1.5ms", std::chrono::seconds(1)));
  CHECK(!ParseDuration("soon", std::chrono::seconds(1)));
  CHECK(!ParseDuration("-1", std::chrono::seconds(1)));
  CHECK(!ParseDuration("90000000", std::chrono::seconds(1)));
  CHECK(ParseSize("64M") == 64ull << 20);
  CHECK(!ParseSize("0"));
}

TEST_CASE("gateway: empty input, plain text and junk are not mail") {
  CHECK(!LooksLikeMail(""));
  CHECK(!LooksLikeMail("just a draft\n"));
  CHECK(!LooksLikeMail("Foo: bar\n\nbody\n"));
  CHECK(!LooksLikeMail(std::string("\0\1\2", 3)));
  CHECK(LooksLikeMail("Subject: hi\n\nbody\n"));
  CHECK(LooksLikeMail(
      "From a@b Mon Dec  1 10:00:00 2025\nX-A: 1\nFrom: a@b\n\nx"));
  CHECK(ReplyText("100% sure\r\n") == "100%% sure  ");
}

}  // namespace
}  // namespace maillint
