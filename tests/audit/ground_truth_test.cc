// Threading and elapsed times against the notmuch corpus ground truth
// (../shared/corpus-real/notmuch-corpora/ground_truth/
// default_reply_turnaround.tsv: reply/parent pairs with their time gaps).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "base/text.h"
#include "mailbox/business_clock.h"
#include "mailbox/thread_index.h"
#include "tests/testing.h"

namespace maillint {
namespace {

namespace fs = std::filesystem;

struct Pair {
  std::string reply_file, parent_file;
  double delta_hours = 0;
};

std::vector<Pair> ReadPairs(const fs::path& tsv) {
  std::vector<Pair> pairs;
  std::ifstream in(tsv);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string_view> cols = Split(line, '\t');
    if (cols.size() < 8) continue;
    pairs.push_back({std::string(cols[0]), std::string(cols[3]),
                     std::stod(std::string(cols[6]))});
  }
  return pairs;
}

// Every file under `root` as a record, keyed by its path relative to root.
std::vector<MailRecord> ReadCorpus(const fs::path& root,
                                   std::map<std::string, int>& by_file) {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (e.is_regular_file()) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  Config config;  // no organization: threading only
  std::vector<MailRecord> records;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    Message m = testing::PrepareText(bytes.str(), file.string());
    int index = static_cast<int>(records.size());
    records.push_back(MakeMailRecord(Analysis(m), index, config));
    by_file[fs::relative(file, root).string()] = index;
  }
  return records;
}

TEST_CASE("ground truth: notmuch reply/parent pairs and their time gaps") {
  fs::path corpus = testing::CorpusRealDir() / "notmuch-corpora";
  fs::path tsv = corpus / "ground_truth" / "default_reply_turnaround.tsv";
  if (!fs::exists(tsv)) {
    MESSAGE("corpus-real not found; skipping " << tsv.string());
    return;
  }
  std::vector<Pair> pairs = ReadPairs(tsv);
  REQUIRE(pairs.size() >= 20);
  std::map<std::string, int> by_file;
  std::vector<MailRecord> records =
      ReadCorpus(corpus / "test" / "corpora" / "default", by_file);
  ThreadIndex index = ThreadIndex::Build(records, {});
  BusinessClock clock = BusinessClock::Create({}, "UTC").value();

  int matched = 0, within_minute = 0;
  double worst_minutes = 0;
  for (const Pair& p : pairs) {
    CAPTURE(p.reply_file);
    REQUIRE(by_file.count(p.reply_file));
    REQUIRE(by_file.count(p.parent_file));
    int reply = by_file[p.reply_file], parent = by_file[p.parent_file];
    CHECK(index.ParentOf(reply) == parent);
    CHECK(index.ThreadOf(reply) == index.ThreadOf(parent));
    if (index.ParentOf(reply) == parent) ++matched;
    double hours =
        clock.ElapsedHours(records[parent].time, records[reply].time);
    double minutes_off = std::fabs(hours - p.delta_hours) * 60;
    worst_minutes = std::max(worst_minutes, minutes_off);
    CHECK(minutes_off <= 1.0);
    if (minutes_off <= 1.0) ++within_minute;
  }
  std::printf(
      "ground truth: %d of %zu pairs matched, %d of %zu within 1 minute "
      "(worst %.2f min); %zu messages in %d threads\n",
      matched, pairs.size(), within_minute, pairs.size(), worst_minutes,
      records.size(), index.thread_count());
  CHECK(matched == static_cast<int>(pairs.size()));
}

}  // namespace
}  // namespace maillint
