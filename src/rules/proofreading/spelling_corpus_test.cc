// Measures proofreading.spelling on real mailing-list mail
// (../shared/corpus-real: notmuch, perceval, hyperkitty): findings per
// 1,000 words of author text and the 30 most flagged words, for review.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <sstream>

#include "analysis/own_text.h"
#include "rules/proofreading/spelling.h"
#include "tests/testing.h"

namespace maillint {
namespace {

struct Tally {
  size_t messages = 0;
  size_t words = 0;
  size_t findings = 0;
  std::map<std::string, int> flagged;
};

std::vector<std::string> MailFiles() {
  std::vector<std::string> files;
  std::filesystem::path root = testing::CorpusRealDir();
  for (const char* source : {"notmuch-corpora", "perceval", "hyperkitty"}) {
    std::error_code ec;
    for (auto it =
             std::filesystem::recursive_directory_iterator(root / source, ec);
         !ec && it != std::filesystem::recursive_directory_iterator();
         it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (it->is_regular_file() && name != "MANIFEST.md" &&
          it->path().string().find("ground_truth") == std::string::npos) {
        files.push_back(it->path().string());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

void CheckOne(const Rule& rule, const Config& config, const RawMessage& raw,
              Tally& tally) {
  if (!raw.error.ok()) return;
  Result<Message> m = PrepareMessage(raw, ParseOptions());
  if (!m) return;
  ++tally.messages;
  Analysis analysis(m.value());
  tally.words += analysis.own_text().word_count;
  CheckContext ctx(analysis, config, nullptr);
  rule.Check(ctx);
  for (const Finding& f : ctx.findings()) {
    ++tally.findings;
    ++tally.flagged[m->body.text.substr(f.where.begin,
                                        f.where.end - f.where.begin)];
  }
}

std::string TopWords(const std::map<std::string, int>& flagged, size_t n) {
  std::vector<std::pair<std::string, int>> sorted(flagged.begin(),
                                                  flagged.end());
  std::stable_sort(
      sorted.begin(), sorted.end(),
      [](const auto& a, const auto& b) { return a.second > b.second; });
  std::ostringstream out;
  for (size_t i = 0; i < std::min(n, sorted.size()); ++i) {
    out << (i ? ", " : "") << sorted[i].first << " " << sorted[i].second;
  }
  return out.str();
}

}  // namespace

TEST_CASE("spelling on real mailing-list mail: findings per 1,000 words") {
  std::vector<std::string> files = MailFiles();
  if (files.empty()) {
    MESSAGE("corpus-real not found at " << testing::CorpusRealDir()
                                        << "; skipped");
    return;
  }
  Config config;
  SpellingRule rule{RuleContext(config, "proofreading.spelling")};
  Tally tally;
  auto start = std::chrono::steady_clock::now();
  for (const std::string& file : files) {
    ReadInputs({file}, InputOptions(), [&](RawMessage raw) {
      CheckOne(rule, config, raw, tally);
      return true;
    });
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  double per_thousand = tally.words ? 1000.0 * tally.findings / tally.words : 0;
  MESSAGE(tally.messages << " messages, " << tally.words
                         << " words of author text, " << tally.findings
                         << " spelling findings = " << per_thousand
                         << " per 1,000 words, " << seconds << " s");
  MESSAGE("top 30 flagged: " << TopWords(tally.flagged, 30));
  CHECK(tally.words > 1000);
  // Mailing-list prose by fluent writers: a noisy checker (names, code,
  // jargon) shows tens per 1,000 words; real slips are a few.
  CHECK(per_thousand < 8.0);
}

}  // namespace maillint
