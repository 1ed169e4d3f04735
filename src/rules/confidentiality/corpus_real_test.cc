// Clean real mail must stay clean: runs the confidentiality rules over every
// message of ../shared/corpus-real (mailing-list and parser test mail, not
// district mail) and prints how many findings fire, by rule.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "lint/rule_registry.h"
#include "lint/runner.h"
#include "rules/confidentiality/credentials.h"
#include "rules/confidentiality/detectors.h"
#include "rules/confidentiality/scope.h"
#include "rules/families.h"
#include "tests/rules/fixture.h"
#include "tests/testing.h"

namespace maillint {
namespace {

// Files that hold expected parser output or labels, not messages.
bool IsDataFile(const std::filesystem::path& p) {
  static const std::set<std::string> kSkip = {".json", ".xml",  ".tsv", ".md",
                                              ".list", ".tnef", ".dat"};
  std::string s = p.string();
  return kSkip.count(p.extension().string()) > 0 ||
         s.find("/presidio-research/") != std::string::npos ||
         s.find("/ground_truth/") != std::string::npos;
}

// quagga-zones/ is left out: its annotated Enron and ASF mail is corporate
// and list mail with zone files beside it, not the list mail this test is
// about (its reply anatomy is scored by tools/score-zones.py).
std::vector<std::string> MessageFiles(const std::filesystem::path& root) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
    if (e.path().string().find("/quagga-zones/") != std::string::npos) continue;
    if (e.is_regular_file() && !IsDataFile(e.path())) {
      files.push_back(e.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Every value detector over the scanned text of `m`, whatever its
// auto-class (list mail is exempt from the rules, not from this count).
int CountDetectorHits(const Message& m, const std::string& file) {
  using namespace confidentiality;
  static const StudentIdFinder ids({});
  int hits = 0;
  for (const TextRange& r : ScanRanges(Analysis(m))) {
    std::string_view text =
        std::string_view(m.body.text).substr(r.begin, r.end - r.begin);
    for (const auto& found :
         {FindSsns(text), FindPaymentCards(text), FindBankNumbers(text),
          FindDatesOfBirth(text), ids.Find(text), FindCredentials(text),
          FindSecretTokens(text)}) {
      for (const Detection& d : found) {
        ++hits;
        MESSAGE(file << ": detector hit: " << d.what);
      }
    }
  }
  return hits;
}

}  // namespace

TEST_CASE("corpus-real: confidentiality findings on clean mailing-list mail") {
  std::filesystem::path root = testing::CorpusRealDir();
  if (!std::filesystem::exists(root)) {
    MESSAGE("corpus-real not found at " << root << "; skipped");
    return;
  }
  Config config = testing::FixtureBaseConfig();
  config.rules.select = {"-*", "confidentiality.*"};
  RuleRegistry registry;
  AddBuiltinRules(registry);
  auto rules = registry.Instantiate(config);
  REQUIRE(rules.has_value());
  Runner runner(config, std::move(rules.value()), RunOptions());

  std::map<std::string, int> by_rule;
  int messages = 0;
  int detector_hits = 0;
  for (const std::string& file : MessageFiles(root)) {
    ReadInputs({file}, InputOptions(), [&](RawMessage raw) {
      ++messages;
      Result<Message> prepared = runner.Prepare(raw);
      if (prepared) detector_hits += CountDetectorHits(prepared.value(), file);
      MessageResult r = runner.CheckRaw(raw);
      for (const Finding& f : r.findings) {
        if (f.rule_id.rfind("confidentiality.", 0) != 0) continue;
        ++by_rule[f.rule_id];
        MESSAGE(file << ":" << f.line << ": " << f.message << " [" << f.rule_id
                     << "]");
      }
      return true;
    });
  }
  int total = 0;
  for (const auto& [id, n] : by_rule) {
    MESSAGE(id << ": " << n);
    total += n;
  }
  MESSAGE(messages << " messages, " << total << " confidentiality findings, "
                   << detector_hits << " detector hits ignoring auto-class");
  CHECK(messages > 500);
  // Reviewed: none of this mail carries student or family data.
  CHECK(total == 0);
  CHECK(detector_hits == 0);
}

}  // namespace maillint
