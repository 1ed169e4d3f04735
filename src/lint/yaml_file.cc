// Reading YAML files under the limits of lint/yaml_util.h: what is opened
// (regular files only, never blocking on a FIFO), how much is read, and a
// first pass over yaml-cpp's parse events that bounds nesting and alias
// expansion before any node tree is built.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sstream>

#include "lint/yaml_util.h"

namespace maillint {
namespace {

// Thrown from the event handler to stop yaml-cpp's parser at the first
// node over a limit; caught in ParseYaml, never escapes this file.
class YamlLimitError : public YAML::ParserException {
 public:
  YamlLimitError(const YAML::Mark& mark, const std::string& message)
      : YAML::ParserException(mark, message) {}
};

// Counts nodes as yaml-cpp parses them, an alias counting as the nodes of
// the value it names, and tracks depth, so that a "billion laughs" document
// or deep nesting fails at the node where the limit is crossed.
class LimitChecker : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Leaf(mark, anchor, 1);
  }
  void OnScalar(const YAML::Mark& mark, const std::string&,
                YAML::anchor_t anchor, const std::string&) override {
    Leaf(mark, anchor, 1);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (anchor >= sizes_.size() || sizes_[anchor] == 0) {
      throw YamlLimitError(mark,
                           "an alias refers to a value that contains "
                           "it (a cycle)");
    }
    Leaf(mark, 0, sizes_[anchor]);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&,
                       YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    Open(mark, anchor);
  }
  void OnSequenceEnd() override { Close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&,
                  YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    Open(mark, anchor);
  }
  void OnMapEnd() override { Close(); }

 private:
  struct OpenNode {
    YAML::anchor_t anchor;
    uint64_t total_at_start;
  };

  void Count(const YAML::Mark& mark, uint64_t nodes) {
    total_ += nodes;
    if (total_ > kMaxYamlNodes) {
      throw YamlLimitError(
          mark, "more than " + std::to_string(kMaxYamlNodes) +
                    " values (counting each use of an alias in full)");
    }
  }
  void Leaf(const YAML::Mark& mark, YAML::anchor_t anchor, uint64_t nodes) {
    Count(mark, nodes);
    Record(anchor, nodes);
  }
  void Open(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (open_.size() >= static_cast<size_t>(kMaxYamlDepth)) {
      throw YamlLimitError(mark, "nested deeper than " +
                                     std::to_string(kMaxYamlDepth) + " levels");
    }
    Count(mark, 1);
    open_.push_back({anchor, total_ - 1});
  }
  void Close() {
    if (open_.empty()) return;
    OpenNode node = open_.back();
    open_.pop_back();
    Record(node.anchor, total_ - node.total_at_start);
  }
  // Remembers the expanded size of an anchored value for later aliases.
  void Record(YAML::anchor_t anchor, uint64_t nodes) {
    if (anchor == 0) return;
    if (anchor >= sizes_.size()) sizes_.resize(anchor + 1, 0);
    sizes_[anchor] = std::max<uint64_t>(nodes, 1);
  }

  std::vector<OpenNode> open_;
  std::vector<uint64_t> sizes_;  // by anchor id; 0 = not closed yet
  uint64_t total_ = 0;
};

std::string SizeText(size_t bytes) {
  return std::to_string(bytes >> 20) + " MiB";
}

// The 1-based line holding byte `offset` of `text`.
int LineAt(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<int>(
                 std::count(text.begin(), text.begin() + offset, '\n'));
}

Status OpenError(const std::string& path, int error) {
  return Status::InvalidConfig(
      path, 0, 0, std::string("cannot read the file: ") + std::strerror(error));
}

// Reads at most kMaxYamlFileBytes + 1 bytes of the open regular file `fd`.
Result<std::string> ReadBounded(const std::string& path, int fd) {
  std::string text;
  char buffer[1 << 16];
  while (text.size() <= kMaxYamlFileBytes) {
    ssize_t n = read(fd, buffer, sizeof(buffer));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return OpenError(path, errno);
    if (n == 0) return text;
    text.append(buffer, static_cast<size_t>(n));
  }
  return Status::InvalidConfig(
      path, LineAt(text, kMaxYamlFileBytes), 0,
      "the file is larger than " + SizeText(kMaxYamlFileBytes) +
          " (the limit for configuration and rule files)");
}

// Refuses what is not a regular file, then reads it.
Result<std::string> CheckedRead(const std::string& path, int fd) {
  struct stat st;
  if (fstat(fd, &st) != 0) return OpenError(path, errno);
  if (S_ISDIR(st.st_mode)) {
    return Status::InvalidConfig(path, 0, 0, "is a directory, not a file");
  }
  if (!S_ISREG(st.st_mode)) {
    return Status::InvalidConfig(
        path, 0, 0, "not a regular file (a device, FIFO or socket)");
  }
  int flags = fcntl(fd, F_GETFL);
  if (flags >= 0) fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  return ReadBounded(path, fd);
}

}  // namespace

Result<std::string> ReadYamlText(const std::string& path) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused
  // below like every other file that is not a regular file.
  int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return OpenError(path, errno);
  Result<std::string> text = CheckedRead(path, fd);
  close(fd);
  return text;
}

Result<YAML::Node> ParseYaml(const std::string& path, std::string_view text) {
  if (text.size() > kMaxYamlFileBytes) {
    return Status::InvalidConfig(
        path, LineAt(text, kMaxYamlFileBytes), 0,
        "the file is larger than " + SizeText(kMaxYamlFileBytes));
  }
  if (text.find('\0') != std::string_view::npos) {
    return Status::InvalidConfig(path, LineAt(text, text.find('\0')), 0,
                                 "the file contains a NUL byte (not text)");
  }
  try {
    {
      std::istringstream in{std::string(text)};
      YAML::Parser parser(in);
      LimitChecker checker;
      parser.HandleNextDocument(checker);
    }
    return YAML::Load(std::string(text));
  } catch (const YamlLimitError& e) {
    return YamlError(path, e.mark, "too complex: " + e.msg);
  } catch (const YAML::Exception& e) {
    return YamlError(path, e.mark, "bad YAML: " + e.msg);
  }
}

Result<YAML::Node> LoadYamlFile(const std::string& path) {
  Result<std::string> text = ReadYamlText(path);
  if (!text) return text.error();
  return ParseYaml(path, *text);
}

}  // namespace maillint
