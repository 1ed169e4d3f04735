// The limits of lint/yaml_util.h on configuration and rule files.
#include <doctest/doctest.h>

#include <string>

#include "lint/config_loader.h"
#include "lint/rule_file.h"
#include "lint/yaml_util.h"

namespace maillint {
namespace {

std::string Nested(int depth) {
  return "a: " + std::string(depth, '[') + std::string(depth, ']') + "\n";
}

// n levels of anchors, each a list of 10 aliases of the previous one.
std::string Laughs(int levels) {
  std::string text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < levels; ++i) {
    std::string prev = "*l" + std::to_string(i - 1);
    text += "l" + std::to_string(i) + ": &l" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) text += (k ? ", " : "") + prev;
    text += "]\n";
  }
  return text;
}

TEST_CASE("ParseYaml accepts nesting up to the limit and refuses deeper") {
  CHECK(ParseYaml("f.yml", Nested(kMaxYamlDepth - 1)).has_value());
  Result<YAML::Node> deep = ParseYaml("f.yml", Nested(100000));
  REQUIRE_FALSE(deep.has_value());
  CHECK(deep.error().message() ==
        "f.yml:1:" + std::to_string(3 + kMaxYamlDepth) +
            ": too complex: nested deeper than 64 levels");
}

TEST_CASE("ParseYaml counts aliases expanded: billion laughs fails") {
  CHECK(ParseYaml("f.yml", Laughs(4)).has_value());  // ~11,000 values
  Result<YAML::Node> laughs = ParseYaml("f.yml", Laughs(10));
  REQUIRE_FALSE(laughs.has_value());
  CHECK(laughs.error().message().find("f.yml:6:") ==
        0);  // at the alias that crosses 250,000
  CHECK(laughs.error().message().find("more than 250000 values") !=
        std::string::npos);
}

TEST_CASE("ParseYaml refuses an alias inside the value it names") {
  Result<YAML::Node> cycle = ParseYaml("f.yml", "a: &x [1, *x]\n");
  REQUIRE_FALSE(cycle.has_value());
  CHECK(cycle.error().message().find("f.yml:1:") == 0);
}

TEST_CASE("ParseYaml refuses NUL bytes and oversized text, naming the line") {
  Result<YAML::Node> nul = ParseYaml("f.yml", std::string("a: 1\nb: \0\n", 10));
  REQUIRE_FALSE(nul.has_value());
  CHECK(nul.error().message() ==
        "f.yml:2: the file contains a NUL byte (not text)");
  std::string big(kMaxYamlFileBytes + 1, '#');
  big[10] = '\n';
  Result<YAML::Node> huge = ParseYaml("f.yml", big);
  REQUIRE_FALSE(huge.has_value());
  CHECK(huge.error().message() == "f.yml:2: the file is larger than 4 MiB");
}

TEST_CASE("ReadYamlText refuses devices, FIFOs and directories unread") {
  Result<std::string> zero = ReadYamlText("/dev/zero");
  REQUIRE_FALSE(zero.has_value());
  CHECK(zero.error().message() ==
        "/dev/zero: not a regular file (a device, FIFO or socket)");
  Result<std::string> dir = ReadYamlText("/");
  REQUIRE_FALSE(dir.has_value());
  CHECK(dir.error().message() == "/: is a directory, not a file");
}

TEST_CASE("ParseConfig and ParseRuleFile report limits with the file name") {
  Result<Config> config = ParseConfig("/x/.maillint.yml", Laughs(10));
  REQUIRE_FALSE(config.has_value());
  CHECK(config.error().message().find("/x/.maillint.yml:6:") == 0);
  Result<RuleFileResult> rule =
      ParseRuleFile("/x/tone/r.yml", "tone", Nested(1000));
  REQUIRE_FALSE(rule.has_value());
  CHECK(rule.error().message().find("/x/tone/r.yml:1:") == 0);
}

}  // namespace
}  // namespace maillint
