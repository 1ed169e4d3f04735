#include "mail/input.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "mail/dir_walker.h"
#include "mail/input_buffer.h"

namespace maillint {
namespace {

namespace fs = std::filesystem;

// A fresh directory under the system temp dir, removed at scope exit.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (fs::temp_directory_path() / "maillint-input-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& name, const std::string& content) const {
    fs::path p = fs::path(path_) / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::vector<RawMessage> ReadAll(const std::vector<std::string>& paths,
                                InputOptions options = InputOptions()) {
  std::vector<RawMessage> out;
  ReadInputs(paths, options, [&](RawMessage m) {
    out.push_back(std::move(m));
    return true;
  });
  return out;
}

std::string RelativeTo(const std::string& root, const std::string& path) {
  return fs::path(path).lexically_relative(root).string();
}

const char kMessage[] = "From: a@b.org\nSubject: hi\n\nHello\n";

void WriteGzip(const std::string& path, const std::string& data) {
  gzFile f = gzopen(path.c_str(), "wb");
  REQUIRE(f != nullptr);
  gzwrite(f, data.data(), static_cast<unsigned>(data.size()));
  gzclose(f);
}

std::string Mbox(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += "From a@b Fri Jul  8 12:08:34 2011\nSubject: m" + std::to_string(i) +
           "\n\nbody " + std::to_string(i) + "\n\n";
  }
  return out;
}

TEST_CASE("a single message file: index -1, offset 0, line 1") {
  TempDir dir;
  auto m = ReadAll({dir.Write("draft.eml", kMessage)});
  REQUIRE(m.size() == 1);
  CHECK(m[0].error.ok());
  CHECK(m[0].origin.index == -1);
  CHECK(m[0].origin.byte_offset == 0);
  CHECK(m[0].origin.first_line == 1);
  CHECK(m[0].bytes == kMessage);
  CHECK(m[0].problems.empty());
}

TEST_CASE("a named headerless draft is a message; an empty file holds none") {
  TempDir dir;
  auto m = ReadAll(
      {dir.Write("draft.txt", "Hi Ana,\n\nthanks\n"), dir.Write("empty", "")});
  REQUIRE(m.size() == 1);
  CHECK(m[0].error.ok());
  CHECK(m[0].bytes == "Hi Ana,\n\nthanks\n");
}

TEST_CASE("a missing path is an error naming it, and reading goes on") {
  TempDir dir;
  std::string missing = dir.path() + "/nope.mbox";
  auto m = ReadAll({missing, dir.Write("ok.eml", kMessage)});
  REQUIRE(m.size() == 2);
  CHECK_FALSE(m[0].error.ok());
  CHECK(m[0].error.message().find(missing) != std::string::npos);
  CHECK(m[0].origin.path == missing);
  CHECK(m[1].error.ok());
}

TEST_CASE("an mbox gives 0-based indices, offsets and file lines") {
  TempDir dir;
  std::string path = dir.Write("box", Mbox(3));
  auto m = ReadAll({path});
  REQUIRE(m.size() == 3);
  for (int i = 0; i < 3; ++i) {
    CHECK(m[i].origin.index == i);
    CHECK(m[i].origin.first_line == 2 + 5 * i);
    CHECK(m[i].bytes.substr(0, 11) == "Subject: m" + std::to_string(i));
  }
  CHECK(m[1].origin.byte_offset == Mbox(1).size() + 34);
}

TEST_CASE("mboxrd messages are unescaped, keeping origin and problems") {
  std::string data = "From - \nSubject: q\n\n>From me\n>>From you\r\n";
  std::vector<RawMessage> m;
  ReadInputBytes("q.mbox", data, InputOptions(), [&](RawMessage r) {
    m.push_back(std::move(r));
    return true;
  });
  REQUIRE(m.size() == 1);
  CHECK(m[0].bytes == "Subject: q\n\nFrom me\n>From you\r\n");
  CHECK(m[0].origin.byte_offset == 8);
  REQUIRE(m[0].problems.size() == 1);
  CHECK(m[0].problems[0].kind == "mixed-line-endings");
  CHECK(m[0].problems[0].file_line == 5);
}

TEST_CASE("raw problems carry file lines of the mbox") {
  std::string data = Mbox(1) + "From - \nSubject: x\n\nbad\rline\n";
  std::vector<RawMessage> m;
  ReadInputBytes("p.mbox", data, InputOptions(), [&](RawMessage r) {
    m.push_back(std::move(r));
    return true;
  });
  REQUIRE(m.size() == 2);
  CHECK(m[0].problems.empty());
  REQUIRE(m[1].problems.size() == 1);
  CHECK(m[1].problems[0].kind == "bare-cr");
  CHECK(m[1].problems[0].file_line == 9);
}

TEST_CASE("a message over the size limit is cut and flagged") {
  TempDir dir;
  InputOptions options;
  options.max_message_bytes = 10;
  auto m = ReadAll({dir.Write("big.eml", kMessage)}, options);
  REQUIRE(m.size() == 1);
  CHECK(m[0].bytes.size() == 10);
  REQUIRE_FALSE(m[0].problems.empty());
  CHECK(m[0].problems[0].kind == "message-too-large");
  CHECK(m[0].problems[0].is_error);
}

TEST_CASE("gzip mbox, and a truncated gzip gives its messages then an error") {
  TempDir dir;
  std::string gz = dir.path() + "/box.mbox.gz";
  WriteGzip(gz, Mbox(40));
  auto m = ReadAll({gz});
  REQUIRE(m.size() == 40);
  CHECK(m[39].error.ok());
  CHECK(m[39].origin.index == 39);

  std::string whole;
  {
    std::ifstream in(gz, std::ios::binary);
    whole.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::string cut = dir.Write("cut.gz", whole.substr(0, whole.size() - 20));
  auto t = ReadAll({cut});
  REQUIRE(t.size() >= 2);
  CHECK(t.front().error.ok());
  CHECK_FALSE(t.back().error.ok());
  CHECK(t.back().error.message().find("cut.gz") != std::string::npos);
  CHECK(t.back().error.message().find("truncated") != std::string::npos);
}

TEST_CASE("stdin is read when the path is '-'") {
  TempDir dir;
  std::string path = dir.Write("in.mbox", Mbox(2));
  int saved = dup(STDIN_FILENO);
  int fd = open(path.c_str(), O_RDONLY);
  dup2(fd, STDIN_FILENO);
  auto m = ReadAll({"-"});
  dup2(saved, STDIN_FILENO);
  close(fd);
  close(saved);
  REQUIRE(m.size() == 2);
  CHECK(m[0].origin.path == "-");
  CHECK(m[1].origin.index == 1);
}

TEST_CASE(
    "Maildir tree: cur/ new/, odd names, Maildir++ folders, tmp/ skipped") {
  TempDir dir;
  std::string root = dir.path() + "/Mail";
  dir.Write("Mail/cur/1700000000.M1P2.host:2,S", kMessage);
  dir.Write("Mail/new/1700000001.M3P4.host", kMessage);
  dir.Write("Mail/tmp/1700000002.partial", "From: half");
  dir.Write("Mail/.Sent Items/cur/1:2,RS", kMessage);
  dir.Write("Mail/.Sent Items/new/.keep", "");
  dir.Write("Mail/.Sent Items/tmp/.keep", "");
  dir.Write("Mail/dovecot-uidlist", "3 V1 N2\n");
  dir.Write("Mail/.git/HEAD", "ref: refs/heads/main\n");
  dir.Write("Mail/notes.json", "{\"not\": \"mail\"}\n");
  auto m = ReadAll({root});
  std::vector<std::string> seen;
  for (const RawMessage& r : m) seen.push_back(RelativeTo(root, r.origin.path));
  std::vector<std::string> expected = {
      ".Sent Items/cur/1:2,RS", "cur/1700000000.M1P2.host:2,S",
      "new/1700000001.M3P4.host", "notes.json"};
  CHECK(seen == expected);
  REQUIRE(m.size() == 4);
  CHECK(m[0].error.ok());
  CHECK(m[0].origin.index == -1);
  CHECK_FALSE(m[3].error.ok());
  CHECK(m[3].error.message().find("notes.json") != std::string::npos);
  CHECK(m[3].error.message().find("not an email") != std::string::npos);
}

TEST_CASE(
    "MH folder: numeric order, .mh_sequences skipped; mail dotfiles read") {
  TempDir dir;
  for (std::string n : {"10", "2", "1"}) dir.Write("inbox/" + n, kMessage);
  dir.Write("inbox/.mh_sequences", "unseen: 2\n");
  dir.Write("inbox/.hidden-draft", kMessage);
  dir.Write("inbox/.editorconfig", "root = true\n");
  auto m = ReadAll({dir.path() + "/inbox"});
  std::vector<std::string> seen;
  for (const RawMessage& r : m)
    seen.push_back(fs::path(r.origin.path).filename());
  CHECK(seen == std::vector<std::string>{".hidden-draft", "1", "2", "10"});
}

TEST_CASE("directories mix mbox, gzip and messages, detected by content") {
  TempDir dir;
  dir.Write("export/a.txt", Mbox(2));
  dir.Write("export/b.data", kMessage);
  WriteGzip(dir.path() + "/export/c", Mbox(3));
  auto m = ReadAll({dir.path() + "/export"});
  REQUIRE(m.size() == 6);
  CHECK(m[0].origin.index == 0);
  CHECK(m[2].origin.index == -1);
  CHECK(m[5].origin.index == 2);
  for (const RawMessage& r : m) CHECK(r.error.ok());
}

TEST_CASE("the sink can stop reading") {
  TempDir dir;
  std::string path = dir.Write("box", Mbox(5));
  int count = 0;
  Status s = ReadInputs({path}, InputOptions(),
                        [&](RawMessage) { return ++count < 2; });
  CHECK_FALSE(s.ok());
  CHECK(count == 2);
}

TEST_CASE("NaturalLess orders digit runs as numbers") {
  CHECK(NaturalLess("2", "10"));
  CHECK(NaturalLess("a9b", "a10b"));
  CHECK_FALSE(NaturalLess("10", "2"));
  CHECK(NaturalLess("cur", "new"));
  CHECK(NaturalLess("a01", "a1") != NaturalLess("a1", "a01"));
}

TEST_CASE("InputBuffer gives back the pages of messages that are done") {
  TempDir dir;
  std::string path = dir.Write("big", std::string(8 << 20, 'x'));
  int fd = open(path.c_str(), O_RDONLY);
  auto mapped = InputBuffer::Map(fd, 8 << 20, path);
  close(fd);
  REQUIRE(mapped);
  std::shared_ptr<InputBuffer> buffer = mapped.value();
  auto first = buffer->Retain(0);
  auto later = buffer->Retain(6 << 20);
  buffer->AdvanceReader(7 << 20);
  CHECK(buffer->released_bytes() == 0);  // the first message is alive
  first.reset();
  CHECK(buffer->released_bytes() == size_t{6} << 20);
  CHECK(buffer->data()[0] == 'x');  // released pages read again from the file
}

}  // namespace
}  // namespace maillint
