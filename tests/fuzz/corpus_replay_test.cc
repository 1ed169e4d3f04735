// Replays the fuzz corpora in the ordinary test run (and so under the
// ASan+UBSan ctest in CI): every input of tests/fuzz/corpus/<target>/ (the
// minimized campaign corpora) and tests/fuzz/regressions/<target>/ (inputs
// that once crashed or hung, kept after the fix) goes through the same
// function as the libFuzzer target. A broken invariant traps; a crash or
// sanitizer report fails the test binary.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "tests/fuzz/fuzz_targets.h"
#include "tests/testing.h"

namespace maillint {
namespace {

namespace fs = std::filesystem;

using FuzzFunction = int (*)(const uint8_t*, size_t);

// Runs every file under tests/fuzz/<kind>/<target>/; returns how many.
int Replay(const std::string& kind, const std::string& target,
           FuzzFunction run) {
  fs::path dir = testing::SourceDir() / "tests" / "fuzz" / kind / target;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return 0;
  int n = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)),
                      std::istreambuf_iterator<char>());
    INFO(entry.path().string());
    CHECK(run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()) ==
          0);
    ++n;
  }
  return n;
}

struct Target {
  const char* name;
  FuzzFunction run;
};
constexpr Target kTargets[] = {
    {"input_fuzzer", &fuzz::FuzzInput},
    {"anatomy_fuzzer", &fuzz::FuzzAnatomy},
    {"html_fuzzer", &fuzz::FuzzHtml},
    {"config_fuzzer", &fuzz::FuzzConfig},
    {"rule_file_fuzzer", &fuzz::FuzzRuleFile},
};

TEST_CASE("fuzz corpora and regression inputs replay without a crash") {
  for (const Target& t : kTargets) {
    int corpus = Replay("corpus", t.name, t.run);
    int regressions = Replay("regressions", t.name, t.run);
    MESSAGE(std::string(t.name) << ": " << corpus << " corpus inputs, "
                                << regressions << " regression inputs");
    CHECK(corpus > 0);  // every target has a checked-in corpus
  }
}

}  // namespace
}  // namespace maillint
