// Units under the draft server: the LanguageTool text and its UTF-16 map,
// form decoding, the Host/Origin/token guard, inline ignore comments and
// the baseline.
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "lint/baseline.h"
#include "lint/ignore_comments.h"
#include "lint/rule_registry.h"
#include "rules/families.h"
#include "serve/form.h"
#include "serve/languagetool.h"
#include "serve/security.h"
#include "tests/testing.h"

namespace maillint {
namespace {

TEST_CASE("LanguageTool text: UTF-16 positions, CRLF, markup") {
  Result<LtText> t =
      LtTextFromForm({{"text", "a\r\n\xF0\x9F\x98\x80 \xC3\xA9x"}});
  REQUIRE(t);
  CHECK(t->plain == "a\n\xF0\x9F\x98\x80 \xC3\xA9x");
  size_t x = t->plain.find('x');
  CHECK(t->MapBegin(x) == 7);  // a CR LF emoji(2) space e-acute
  CHECK(t->MapEnd(x + 1) == 8);
  CHECK(t->MapBegin(2) == 3);  // the emoji starts after CR LF
  CHECK(t->MapEnd(6) == 5);    // and ends two units later

  Result<LtText> a = LtTextFromForm(
      {{"data", R"({"annotation":[{"markup":"<p>"},{"text":"Hi"},)"
                R"({"markup":"</p>","interpretAs":"\n\n"},{"text":"yo"}]})"}});
  REQUIRE(a);
  CHECK(a->plain == "Hi\n\nyo");
  CHECK(a->MapBegin(0) == 3);
  CHECK(a->MapBegin(4) == 9);  // "<p>Hi</p>" is 9 units
  CHECK(a->length16 == 11);

  CHECK_FALSE(LtTextFromForm({{"language", "en"}}));
  CHECK_FALSE(LtTextFromForm({{"data", "{\"annotation\": [5]}"}}));
  CHECK_FALSE(LtTextFromForm({{"data", "not json"}}));
}

TEST_CASE("form decoding") {
  auto form = ParseForm("text=a+b%20c%2B&x&bad=%zz&e=");
  CHECK(form["text"] == "a b c+");
  CHECK(form["x"] == "");
  CHECK(form["bad"] == "%zz");
  CHECK(PercentEncode("a b/é") == "a%20b%2F%C3%A9");
}

HttpRequest Request(std::string host, std::string origin = "") {
  HttpRequest r;
  r.method = "POST";
  r.path = "/v2/check";
  r.headers["host"] = std::move(host);
  if (!origin.empty()) r.headers["origin"] = std::move(origin);
  return r;
}

TEST_CASE("request guard: Host, Origin, token") {
  RequestGuard open({"", {"maillint.lan"}, {"https://intranet.example"}});
  CHECK_FALSE(open.Check(Request("127.0.0.1:8089"), {}, false));
  CHECK_FALSE(open.Check(Request("[::1]:8089"), {}, false));
  CHECK_FALSE(open.Check(Request("maillint.lan:8089"), {}, false));
  CHECK(open.Check(Request("evil.example:8089"), {}, false)->status == 421);
  CHECK(open.Check(Request(""), {}, false)->status == 421);
  CHECK(open.Check(Request("127.0.0.1:8089", "http://evil.example"), {}, false)
            ->status == 403);
  CHECK_FALSE(open.Check(Request("127.0.0.1:8089", "http://127.0.0.1:8089"), {},
                         false));
  CHECK_FALSE(
      open.Check(Request("127.0.0.1:8089", "moz-extension://x"), {}, false));
  CHECK_FALSE(open.Check(Request("127.0.0.1:1", "https://intranet.example"), {},
                         false));

  RequestGuard locked({"t0k", {}, {}});
  HttpRequest r = Request("127.0.0.1:8089");
  CHECK(locked.Check(r, {}, false)->status == 401);
  CHECK_FALSE(locked.Check(r, {}, true));  // public path
  CHECK_FALSE(locked.Check(r, {{"apiKey", "t0k"}}, false));
  CHECK(locked.Check(r, {{"apiKey", "t0"}}, false)->status == 401);
  r.headers["authorization"] = "Bearer t0k";
  CHECK_FALSE(locked.Check(r, {}, false));
  r.headers.erase("authorization");
  r.path = "/t/t0k/v2/check";
  CHECK_FALSE(locked.Check(r, {}, false));
  CHECK(RequestGuard::StripTokenPrefix(r.path) == "/v2/check");
  CHECK_FALSE(ConstantTimeEquals("", ""));
  CHECK_FALSE(ConstantTimeEquals("abc", "abcd"));
}

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("maillint-serve-test-" + std::to_string(getpid()) + "-" + name))
      .string();
}

MessageResult CheckSpelling(const std::string& text,
                            const RunOptions& options = RunOptions()) {
  Config config;
  config.rules.select = {"-*", "proofreading.spelling"};
  RuleRegistry registry;
  AddBuiltinRules(registry);
  auto rules = registry.Instantiate(config);
  REQUIRE(rules);
  Runner runner(config, std::move(rules.value()), options);
  Result<Message> m = runner.Prepare(RawMessage::FromString(Origin{}, text));
  REQUIRE(m);
  MessageResult r = runner.Check(m.value());
  std::erase_if(r.findings, [](const Finding& f) {
    return f.rule_id != "proofreading.spelling";
  });
  return r;
}

TEST_CASE("inline ignore comments hide the accepted findings only") {
  const std::string body =
      "Hi Ana,\n\nWe will recieve the forms becuase of the "
      "bus.\n\nBest,\nLee\n";
  CHECK(CheckSpelling(body).findings.size() == 2);
  CHECK(CheckSpelling(body + "maillint-ignore: proofreading.spelling\n")
            .findings.empty());
  MessageResult one =
      CheckSpelling(body + "maillint-ignore: proofreading.spelling=Recieve\n");
  REQUIRE(one.findings.size() == 1);
  CHECK(one.findings[0].message.find("becuase") != std::string::npos);
  CHECK(CheckSpelling(body + "maillint-ignore: proofreading.*\n")
            .findings.empty());
  CHECK(CheckSpelling(body + "maillint-ignore: tone.blame\n").findings.size() ==
        2);
  std::string html =
      "Content-Type: text/html\n\n<p>We will recieve the forms.</p>"
      "<!-- maillint-ignore: proofreading.spelling -->\n";
  CHECK(CheckSpelling(html).findings.empty());
}

TEST_CASE("a baseline hides known findings, one for one") {
  const std::string body =
      "Hi Ana,\n\nWe will recieve the forms becuase of the "
      "bus.\n\nBest,\nLee\n";
  std::string path = TempPath("baseline.json");
  {
    std::ofstream out(path);
    out << R"j({"messages": [{"source": {"path": ""}, "findings": [)j"
        << R"j({"rule": "proofreading.spelling", "message": )j"
        << R"j("'recieve' may be misspelt (en_US)", "excerpt": )j"
        << R"j("We will recieve the forms becuase of the bus."}]}]})j";
  }
  auto baseline = Baseline::Load(path);
  REQUIRE(baseline);
  CHECK(baseline.value()->size() == 1);
  RunOptions options;
  options.post_check = [b = baseline.value()](MessageResult& r) {
    b->Apply(r);
  };
  MessageResult r = CheckSpelling(body, options);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].message.find("becuase") != std::string::npos);
  std::remove(path.c_str());
  CHECK_FALSE(Baseline::Load("/nonexistent/baseline.json"));
  std::string bad = TempPath("not-a-report.json");
  std::ofstream(bad) << "[1, 2]";
  Result<std::shared_ptr<Baseline>> not_report = Baseline::Load(bad);
  CHECK_FALSE(not_report);
  std::remove(bad.c_str());
}

}  // namespace
}  // namespace maillint
