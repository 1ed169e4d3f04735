// Measured acceptance of the segmenter: the author's new text on the five
// public reply-parsing ground-truth sets (../shared/corpus-real). Prints the
// score per set and overall, lists each failing case, and fails below 95%.
//
// With MAILLINT_BENCH_EXPORT=FILE it also writes the cases (inputs, checks,
// maillint's views and timing) for bench/reply_parsers/; with
// MAILLINT_BENCH_OTHERS=FILE it scores the other parsers' answers from that
// file with the same checks and writes the table to MAILLINT_BENCH_REPORT.
#include "tests/anatomy/reply_corpus.h"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>

#include "tests/anatomy/reply_bench.h"
#include "tests/testing.h"

namespace maillint::testing {
namespace {

struct Tally {
  int passed = 0;
  int total = 0;
};

TEST_CASE("reply corpus: new text matches the ground truth of five sets") {
  std::filesystem::path corpus = CorpusRealDir();
  if (!std::filesystem::exists(corpus / "talon")) {
    MESSAGE("corpus-real not found at " << corpus << "; skipped");
    return;
  }
  std::vector<ReplyCase> cases = LoadReplyCases(corpus);
  REQUIRE(cases.size() > 250);
  std::map<std::string, Tally> per_set;
  Tally overall;
  std::vector<ParserViews> views;
  // Warm-up pass first (RE2 programs compile on first use), then the timed
  // pass: the steady state of a long run.
  for (const ReplyCase& c : cases) views.push_back(MaillintViews(c));
  views.clear();
  auto start = std::chrono::steady_clock::now();
  for (const ReplyCase& c : cases) views.push_back(MaillintViews(c));
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  for (size_t i = 0; i < cases.size(); ++i) {
    const ReplyCase& c = cases[i];
    bool ok = true;
    for (const Check& check : c.checks) {
      if (Passes(check, views[i])) continue;
      ok = false;
      std::cout
          << "FAIL " << c.set << " " << c.id << " [" << check.what
          << "] expected: "
          << anatomy::NormalizeSpace(check.value).substr(0, 100)
          << "\n     got: "
          << anatomy::NormalizeSpace(views[i].visible.front()).substr(0, 100)
          << "\n";
    }
    per_set[c.set].total++;
    per_set[c.set].passed += ok;
    overall.total++;
    overall.passed += ok;
  }
  for (const auto& [set, tally] : per_set) {
    std::cout << "reply corpus " << set << ": " << tally.passed << "/"
              << tally.total << " (" << 100.0 * tally.passed / tally.total
              << "%)\n";
  }
  double score = 100.0 * overall.passed / overall.total;
  std::cout << "reply corpus overall: " << overall.passed << "/"
            << overall.total << " (" << score << "%) in " << seconds * 1000
            << " ms\n";
  if (const char* path = std::getenv("MAILLINT_BENCH_EXPORT")) {
    WriteBenchExport(path, cases, views, seconds);
  }
  if (const char* others = std::getenv("MAILLINT_BENCH_OTHERS")) {
    const char* report = std::getenv("MAILLINT_BENCH_REPORT");
    WriteBenchReport(others, report ? report : "bench/RESULTS.md", cases, views,
                     seconds);
  }
  CHECK(score >= 95.0);
}

}  // namespace
}  // namespace maillint::testing
