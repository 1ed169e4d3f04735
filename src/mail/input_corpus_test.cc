// ReadInputs over the real corpus (../shared/corpus-real, see its
// MANIFEST.md): no crash on any file, and the mbox splits its sources state.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "mail/input.h"
#include "mail/mbox_splitter.h"
#include "mail/mime_parser.h"
#include "tests/testing.h"

namespace maillint {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<RawMessage> ReadPath(const fs::path& path) {
  std::vector<RawMessage> out;
  ReadInputs({path.string()}, InputOptions(), [&](RawMessage m) {
    out.push_back(std::move(m));
    return true;
  });
  return out;
}

std::vector<RawMessage> ReadBytes(const std::string& data) {
  std::vector<RawMessage> out;
  ReadInputBytes("mem.mbox", data, InputOptions(), [&](RawMessage m) {
    out.push_back(std::move(m));
    return true;
  });
  return out;
}

bool HaveCorpus() {
  if (fs::exists(testing::CorpusRealDir())) return true;
  MESSAGE("corpus-real not found at " << testing::CorpusRealDir()
                                      << "; skipped");
  return false;
}

TEST_CASE(
    "every file of corpus-real goes through ReadInputs and ParseMessage") {
  if (!HaveCorpus()) return;
  InitMimeLibrary();
  std::map<std::string, int> per_file;
  int messages = 0, errors = 0;
  Status s = ReadInputs(
      {testing::CorpusRealDir().string()}, InputOptions(), [&](RawMessage m) {
        ++per_file[m.origin.path];
        if (!m.error.ok()) {
          ++errors;
          CHECK(m.error.message().find(m.origin.path) != std::string::npos);
          return true;
        }
        ++messages;
        CHECK(m.bytes.size() <= InputOptions().max_message_bytes);
        Result<Message> parsed = ParseMessage(m, ParseOptions());
        (void)parsed;
        return true;
      });
  CHECK(s.ok());
  MESSAGE("corpus-real: " << messages << " messages, " << errors
                          << " files that are not mail, from "
                          << per_file.size() << " files");
  CHECK(messages > 700);
  fs::path perceval = testing::CorpusRealDir() / "perceval/tests/data";
  std::map<std::string, int> expected = {
      {"pipermail/pipermail_2015_november.mbox", 4},
      {"pipermail/pipermail_2016_april.mbox", 3},
      {"hyperkitty/hyperkitty_2016_april.mbox", 3},
      {"mbox/mbox_no_fields.mbox", 6},
      {"mbox/mbox_complex.mbox", 2},
      {"groupsio/messages.mbox", 49},
  };
  for (const auto& [name, count] : expected) {
    CAPTURE(name);
    CHECK(per_file[(perceval / name).string()] == count);
  }
}

TEST_CASE("mime4j RLUG mbox splits into the expected messages") {
  if (!HaveCorpus()) return;
  fs::path dir =
      testing::CorpusRealDir() / "james-mime4j/mbox/src/test/resources/test-1";
  auto m = ReadPath(dir / "mbox.rlug");
  REQUIRE(m.size() == 5);
  for (size_t i = 0; i < m.size(); ++i) {
    CAPTURE(i);
    std::string expected = Slurp(dir / ("mbox.rlug-" + std::to_string(i)));
    // mime4j keeps the separator's line break; we strip it (and keep the
    // last message to the end of the file).
    std::string ours(m[i].bytes);
    CHECK((i + 1 < m.size() ? ours + "\n" : ours) == expected);
    CHECK(m[i].origin.index == static_cast<int>(i));
  }
}

TEST_CASE("gmime substring.mbox: three messages at the expected offsets") {
  if (!HaveCorpus()) return;
  auto m = ReadPath(testing::CorpusRealDir() /
                    "gmime-testdata/tests/data/mbox/input/substring.mbox");
  REQUIRE(m.size() == 3);
  CHECK(m[0].origin.byte_offset == 8);
  CHECK(m[1].origin.byte_offset == 534);
  CHECK(m[2].origin.byte_offset == 1037);
  CHECK(m[1].origin.first_line == 26);
}

// Compares our split of `text` with MimeKit's offsets JSON: beginOffset,
// lineNumber, and the bytes up to endOffset (unescaped when they hold
// ">From " lines, which MimeKit leaves as they are).
void CheckMimeKitOffsets(const std::string& text, const fs::path& json_path) {
  std::vector<RawMessage> m = ReadBytes(text);
  nlohmann::json expected =
      nlohmann::json::parse(Slurp(json_path), nullptr, false);
  REQUIRE_FALSE(expected.is_discarded());
  REQUIRE(m.size() == expected.size());
  for (size_t i = 0; i < m.size(); ++i) {
    CAPTURE(i);
    const nlohmann::json& e = expected[i];
    uint64_t begin = e["beginOffset"].get<uint64_t>();
    CHECK(m[i].origin.byte_offset == begin);
    CHECK(m[i].origin.first_line == e["lineNumber"].get<int>());
    std::string original =
        text.substr(begin, e["endOffset"].get<uint64_t>() - begin);
    std::string ours(m[i].bytes);
    CHECK((ours == original || ours == UnescapeFromLines(original)));
  }
}

TEST_CASE(
    "MimeKit content-length mboxes (lying Content-Length) match its offsets") {
  if (!HaveCorpus()) return;
  fs::path dir =
      testing::CorpusRealDir() / "mimekit-testdata/UnitTests/TestData/mbox";
  for (std::string name : {"content-length", "issue1189"}) {
    CAPTURE(name);
    std::string unix_text = Slurp(dir / (name + ".mbox.txt"));
    CheckMimeKitOffsets(unix_text, dir / (name + ".unix-offsets.json"));
    std::string dos_text;
    for (char c : unix_text) {
      if (c == '\n') dos_text += '\r';
      dos_text += c;
    }
    CheckMimeKitOffsets(dos_text, dir / (name + ".dos-offsets.json"));
  }
}

TEST_CASE(
    "MimeKit unmunged.mbox: BOM, Thunderbird From -, From lines in bodies") {
  if (!HaveCorpus()) return;
  auto m =
      ReadPath(testing::CorpusRealDir() /
               "mimekit-testdata/UnitTests/TestData/mbox/unmunged.mbox.txt");
  REQUIRE(m.size() == 2);
  CHECK(m[0].bytes.find("From Russia with love") != std::string::npos);
  CHECK(m[1].bytes.find("From Russia with love\nYear: 1963") !=
        std::string::npos);
}

}  // namespace
}  // namespace maillint
