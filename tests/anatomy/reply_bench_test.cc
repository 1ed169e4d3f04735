// Implementation of reply_bench.h (named *_test.cc so the test glob builds
// it into maillint_tests).
#include "tests/anatomy/reply_bench.h"

#include <fstream>
#include <iomanip>
#include <map>

namespace maillint::testing {

void WriteBenchExport(const std::string& path,
                      const std::vector<ReplyCase>& cases,
                      const std::vector<ParserViews>&, double seconds) {
  Json out;
  out["maillint_seconds"] = seconds;
  out["cases"] = Json::array();
  for (const ReplyCase& c : cases) {
    out["cases"].push_back(
        {{"set", c.set}, {"id", c.id}, {"text", c.text}, {"html", c.html}});
  }
  std::ofstream(path) << out.dump();
}

namespace {

struct Score {
  std::map<std::string, std::pair<int, int>> per_set;  // passed, total
  int passed = 0;
  int total = 0;
};

Score ScoreViews(const std::vector<ReplyCase>& cases,
                 const std::vector<ParserViews>& views) {
  Score s;
  for (size_t i = 0; i < cases.size(); ++i) {
    bool ok = true;
    for (const Check& c : cases[i].checks) ok = ok && Passes(c, views[i]);
    s.per_set[cases[i].set].first += ok;
    s.per_set[cases[i].set].second++;
    s.passed += ok;
    s.total++;
  }
  return s;
}

std::vector<ParserViews> ViewsFromJson(const Json& answers, size_t count) {
  std::vector<ParserViews> views(count);
  for (size_t i = 0; i < count && i < answers.size(); ++i) {
    const Json& a = answers[i];
    if (a.contains("visible") && a["visible"].is_string())
      views[i].visible = {a["visible"]};
    if (a.contains("first") && a["first"].is_string())
      views[i].first = {a["first"]};
  }
  return views;
}

std::string Percent(int passed, int total) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(1)
      << (total ? 100.0 * passed / total : 0.0) << "% (" << passed << "/"
      << total << ")";
  return out.str();
}

std::string Table(const std::vector<std::pair<std::string, Score>>& rows,
                  const std::vector<double>& ms, size_t cases) {
  std::ostringstream t;
  t << "| parser | overall |";
  for (const std::string& set : ReplySetNames()) t << " " << set << " |";
  t << " time for " << cases << " cases |\n|---|---|";
  for (size_t i = 0; i < ReplySetNames().size(); ++i) t << "---|";
  t << "---|\n";
  for (size_t r = 0; r < rows.size(); ++r) {
    const Score& s = rows[r].second;
    t << "| " << rows[r].first << " | " << Percent(s.passed, s.total) << " |";
    for (const std::string& set : ReplySetNames()) {
      auto it = s.per_set.find(set);
      t << " "
        << (it == s.per_set.end()
                ? "-"
                : Percent(it->second.first, it->second.second))
        << " |";
    }
    t << " " << std::fixed << std::setprecision(1) << ms[r] << " ms |\n";
  }
  return t.str();
}

// Replaces the "## Reply parsing" section of `path` (or appends it).
void WriteSection(const std::string& path, const std::string& section) {
  std::string old =
      std::filesystem::exists(path) ? ReadBytes(path) : "# Benchmarks\n";
  size_t at = old.find("## Reply parsing");
  std::string rest;
  if (at != std::string::npos) {
    size_t next = old.find("\n## ", at + 1);
    rest = next == std::string::npos ? "" : old.substr(next + 1);
    old = old.substr(0, at);
  } else if (!old.empty() && old.back() != '\n') {
    old += "\n";
  }
  if (!old.empty() && old.back() != '\n') old += "\n";
  std::ofstream(path) << old << (at == std::string::npos ? "\n" : "") << section
                      << (rest.empty() ? "" : "\n") << rest;
}

}  // namespace

void WriteBenchReport(const std::string& others_path,
                      const std::string& report_path,
                      const std::vector<ReplyCase>& cases,
                      const std::vector<ParserViews>& views, double seconds) {
  Json others = Json::parse(ReadBytes(others_path), nullptr, false);
  if (others.is_discarded()) return;
  std::vector<std::pair<std::string, Score>> rows = {
      {"maillint", ScoreViews(cases, views)}};
  std::vector<double> ms = {seconds * 1000};
  for (const Json& parser : others["parsers"]) {
    rows.push_back(
        {parser["name"],
         ScoreViews(cases, ViewsFromJson(parser["answers"], cases.size()))});
    ms.push_back(parser.value("seconds", 0.0) * 1000);
  }
  std::ostringstream section;
  section << "## Reply parsing\n\n"
          << "Share of ground-truth cases (all checks of a case must pass) "
             "from the five "
             "public reply-parsing sets in `../shared/corpus-real`, scored by "
             "the same "
             "checks (`tests/anatomy/reply_corpus.h`). Time is for parsing all "
             "cases "
             "in-process once ("
          << others.value("environment", std::string("")) << "). "
          << "Produced by `bench/reply_parsers/run.sh`.\n\n"
          << Table(rows, ms, cases.size());
  WriteSection(report_path, section.str());
}

}  // namespace maillint::testing
