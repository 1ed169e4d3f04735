// base/atomic_file.h: the file appears complete or not at all.
#include "base/atomic_file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace maillint {
namespace {

namespace fs = std::filesystem;

// Per process: ctest runs each test case as its own process, in parallel.
fs::path FreshDir() {
  fs::path dir = fs::temp_directory_path() /
                 ("maillint-atomic-test-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

int Entries(const fs::path& dir) {
  int n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

TEST_CASE("AtomicFile replaces the file only on Commit") {
  fs::path dir = FreshDir();
  fs::path target = dir / "report.txt";
  std::ofstream(target) << "old report\n";
  auto file = AtomicFile::Create(target.string());
  REQUIRE(file.has_value());
  (*file)->stream() << "new report\n";
  CHECK(Slurp(target) == "old report\n");  // not yet
  CHECK(Entries(dir) == 2);                // target + hidden temporary
  REQUIRE((*file)->Commit().ok());
  CHECK(Slurp(target) == "new report\n");
  CHECK(Entries(dir) == 1);
}

TEST_CASE("AtomicFile abandoned without Commit leaves the old file") {
  fs::path dir = FreshDir();
  fs::path target = dir / "report.txt";
  std::ofstream(target) << "old report\n";
  {
    auto file = AtomicFile::Create(target.string());
    REQUIRE(file.has_value());
    (*file)->stream() << "half a rep";
  }
  CHECK(Slurp(target) == "old report\n");
  CHECK(Entries(dir) == 1);
}

TEST_CASE("AtomicFile reports a failed write and keeps the old file") {
  auto full = AtomicFile::Create("/dev/full");
  REQUIRE(full.has_value());
  (*full)->stream() << std::string(1 << 17, 'x');
  Status s = (*full)->Commit();
  CHECK(s.message() == "/dev/full: write failed: No space left on device");
}

TEST_CASE("AtomicFile follows a symlink and keeps the old file's mode") {
  fs::path dir = FreshDir();
  fs::path real = dir / "real.txt";
  std::ofstream(real) << "old\n";
  chmod(real.c_str(), 0640);
  fs::create_symlink(real, dir / "link.txt");
  auto file = AtomicFile::Create((dir / "link.txt").string());
  REQUIRE(file.has_value());
  (*file)->stream() << "new\n";
  REQUIRE((*file)->Commit().ok());
  CHECK(fs::is_symlink(dir / "link.txt"));
  CHECK(Slurp(real) == "new\n");
  CHECK(
      (fs::status(real).permissions() & fs::perms::all) ==
      (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
}

TEST_CASE("AtomicFile::Create names the folder it cannot write in") {
  auto missing = AtomicFile::Create("/nonexistent-dir/report.txt");
  REQUIRE_FALSE(missing.has_value());
  CHECK(missing.error().message() ==
        "/nonexistent-dir/report.txt: cannot create a file in "
        "/nonexistent-dir: No such file or directory");
}

}  // namespace
}  // namespace maillint
