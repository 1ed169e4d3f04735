#include "lint/pattern_rule.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "lint/rule_examples.h"
#include "lint/rule_pack.h"

namespace maillint {
namespace {

namespace fs = std::filesystem;

// A rule folder in a fresh temp directory; files are <family>/<name>.yml.
class RuleDir {
 public:
  RuleDir() {
    path_ =
        fs::temp_directory_path() /
        ("maillint-rules-" + std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::remove_all(path_);
  }
  ~RuleDir() { fs::remove_all(path_); }
  void Write(const std::string& rel, const std::string& text) {
    fs::create_directories((path_ / rel).parent_path());
    std::ofstream(path_ / rel) << text;
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

// Findings of rule `id` (loaded from `dir`) on `message`.
std::vector<Finding> Run(const RuleDir& dir, const std::string& id,
                         const Example& example) {
  RuleRegistry registry;
  std::vector<std::string> warnings;
  REQUIRE(AddRuleFolders({dir.path()}, registry, &warnings).ok());
  const RuleEntry* entry = registry.Find(id);
  REQUIRE(entry != nullptr);
  Config config;
  RuleContext rc(config, id);
  std::unique_ptr<Rule> rule = entry->factory(rc);
  Analysis analysis(example.message, example.anatomy);
  CheckContext ctx(analysis, config, nullptr);
  rule->Check(ctx);
  return ctx.findings();
}

Example WithSegments(std::string text, std::vector<Segment> segments) {
  Example e;
  e.message.body.text = std::move(text);
  e.anatomy.segments = std::move(segments);
  return e;
}

TEST_CASE("existence findings point into body.text and skip quoted text") {
  RuleDir dir;
  dir.Write("tone/blame.yml",
            "extends: existence\nmessage: \"'%s' blames\"\nignorecase: true\n"
            "tokens: [per my last email]\nexceptions: ['Per my last email, "
            "sorry']\n");
  std::string text =
      "Hi,\n> per my last email\nPer my last email, the bus is late.\n";
  Example m = WithSegments(text, {{SegmentType::kNewText, 0, 4, 0},
                                  {SegmentType::kQuote, 4, 24, 1},
                                  {SegmentType::kNewText, 24, text.size(), 0}});
  std::vector<Finding> f = Run(dir, "tone.blame", m);
  REQUIRE(f.size() == 1);
  CHECK(f[0].where.kind == Location::Kind::kBody);
  CHECK(f[0].where.begin == 24);
  CHECK(text.substr(f[0].where.begin, f[0].where.end - f[0].where.begin) ==
        "Per my last email");
  CHECK(f[0].message == "'Per my last email' blames");
}

TEST_CASE("quote scope strips markers and maps matches back") {
  RuleDir dir;
  dir.Write(
      "t/q.yml",
      "extends: existence\nmessage: x\nscope: quote\ntokens: ['not fair']\n");
  std::string text = "Ok.\n> > This is not fair\n";
  Example m = WithSegments(text, {{SegmentType::kNewText, 0, 4, 0},
                                  {SegmentType::kQuote, 4, text.size(), 2}});
  std::vector<Finding> f = Run(dir, "t.q", m);
  REQUIRE(f.size() == 1);
  CHECK(text.substr(f[0].where.begin, 8) == "not fair");
}

TEST_CASE(
    "substitution suggests the replacement; %s order is suggestion, match") {
  RuleDir dir;
  dir.Write("w/swap.yml",
            "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\n"
            "ignorecase: true\nswap:\n  utilize: use\n");
  Example m = WithSegments("Please Utilize the form.",
                           {{SegmentType::kNewText, 0, 24, 0}});
  std::vector<Finding> f = Run(dir, "w.swap", m);
  REQUIRE(f.size() == 1);
  CHECK(f[0].message == "Use 'use' instead of 'Utilize'.");
  CHECK(f[0].suggestion == "use");
}

TEST_CASE("occurrence, repetition, capitalization, required and conditional") {
  RuleDir dir;
  dir.Write("k/occ.yml",
            "extends: occurrence\nmessage: more than %s\nmax: 1\ntoken: '!'\n");
  dir.Write("k/rep.yml",
            "extends: repetition\nmessage: \"'%s' twice\"\ntokens: ['\\w+']\n");
  dir.Write("k/cap.yml",
            "extends: capitalization\nmessage: x\nscope: subject\nmatch: "
            "$sentence\n");
  dir.Write(
      "k/req.yml",
      "extends: required\nmessage: say thanks\ntokens: [thanks, thank you]\n");
  dir.Write(
      "k/cond.yml",
      "extends: conditional\nmessage: x\nfirstscope: quote\nscope: new-text\n"
      "first: upset\nsecond: sorry\n");
  Example m = ExampleMessage("wow! the the bus!!");
  m.message.subject = "bus times";
  CHECK(Run(dir, "k.occ", m).size() == 1);
  std::vector<Finding> rep = Run(dir, "k.rep", m);
  REQUIRE(rep.size() == 1);
  CHECK(rep[0].message == "'the' twice");
  CHECK(Run(dir, "k.cap", m).size() == 1);
  CHECK(Run(dir, "k.req", m).size() == 1);
  CHECK(Run(dir, "k.req", ExampleMessage("many thanks")).empty());
  CHECK(Run(dir, "k.req", ExampleMessage("Thanks a lot")).size() ==
        1);  // case matters
  CHECK(Run(dir, "k.cond", ExampleMessage("I am upset")).size() == 1);
  CHECK(Run(dir, "k.cond", ExampleMessage("upset, sorry")).empty());
}

TEST_CASE("rule files: ids from paths, skips and errors") {
  CHECK(RuleNameFromStem("TooWordy") == "too-wordy");
  CHECK(RuleNameFromStem("E-Prime") == "e-prime");
  CHECK(RuleNameFromStem("no_time") == "no-time");
  RuleDir dir;
  dir.Write("Style/Look.yml",
            "extends: existence\nmessage: x\nraw: ['(?<=a)b']\n");
  dir.Write("Style/Words.yml", "extends: metric\nmessage: x\n");
  dir.Write("Style/Fine.yml", "extends: existence\nmessage: x\ntokens: [a]\n");
  RuleRegistry registry;
  std::vector<std::string> warnings;
  REQUIRE(AddRuleFolders({dir.path() + "/Style"}, registry, &warnings).ok());
  CHECK(registry.entries().size() == 1);
  CHECK(registry.Find("style.fine") != nullptr);
  REQUIRE(warnings.size() == 2);
  CHECK(
      warnings[0].find("rule style.look skipped: RE2 does not support '(?<'") !=
      std::string::npos);
  CHECK(warnings[1].find(
            "rule style.words skipped: kind 'metric' is not supported") !=
        std::string::npos);
}

TEST_CASE("PatternSet reports which patterns occur in one pass") {
  PatternSet set;
  int a = set.Add("(?i)\\bthanks\\b");
  int b = set.Add("\\bsorry\\b");
  REQUIRE(set.Compile().ok());
  std::vector<bool> hits;
  set.Match("Thanks for waiting", &hits);
  CHECK(hits[a]);
  CHECK(!hits[b]);
  CHECK(CheckPattern("(a").problem == PatternProblem::kMalformed);
  CHECK(CheckPattern("(a)\\1").problem == PatternProblem::kUnsupported);
  CHECK(CheckPattern("\\pL{500}").problem == PatternProblem::kTooLarge);
  CHECK(CheckPattern("a|b").problem == PatternProblem::kNone);
}

}  // namespace
}  // namespace maillint
