// ReadInputs: dispatches each path to the right reader (see input.h).
#include "mail/input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "mail/dir_walker.h"
#include "mail/input_buffer.h"
#include "mail/limits.h"
#include "mail/mbox_splitter.h"
#include "mail/raw_checks.h"
#include "mail/sniff.h"
#include "mail/stream_input.h"

namespace maillint {
namespace {

// How a file came to be read: named on the command line (anything goes: a
// headerless draft is a message), found in a directory, or a dotfile found
// in a directory (read only when it is mail).
enum class Found { kNamed, kInDirectory, kDotfile };

class InputReader {
 public:
  InputReader(const InputOptions& options, const RawMessageSink& sink)
      : options_(options), sink_(sink) {}

  bool ReadPath(const std::string& path);
  bool ReadBuffer(const std::string& path,
                  const std::shared_ptr<InputBuffer>& buffer, Found found);

 private:
  bool ReadFile(const std::string& path, Found found);
  bool ReadStreamFrom(int fd, const std::string& path, Found found);
  bool ReadMbox(const std::string& path,
                const std::shared_ptr<InputBuffer>& buffer);
  bool ReadSingle(const std::string& path,
                  const std::shared_ptr<InputBuffer>& buffer);
  bool Deliver(Origin origin, const std::shared_ptr<InputBuffer>& buffer,
               size_t end, bool unescape);
  bool DeliverError(const std::string& path, Status error);

  const InputOptions& options_;
  const RawMessageSink& sink_;
};

bool InputReader::DeliverError(const std::string& path, Status error) {
  RawMessage bad;
  bad.origin.path = path;
  bad.error = std::move(error);
  return sink_(std::move(bad));
}

bool InputReader::Deliver(Origin origin,
                          const std::shared_ptr<InputBuffer>& buffer,
                          size_t end, bool unescape) {
  RawMessage m;
  std::string_view bytes =
      buffer->data().substr(origin.byte_offset, end - origin.byte_offset);
  if (unescape) {
    m = RawMessage::FromString(origin, UnescapeFromLines(bytes));
  } else {
    m.origin = origin;
    m.bytes = bytes;
    m.storage = buffer->Retain(origin.byte_offset);
  }
  if (m.bytes.size() > options_.max_message_bytes) {
    m.problems.push_back(MessageTooLargeProblem(
        m.bytes.size(), options_.max_message_bytes, origin.first_line));
    m.bytes = m.bytes.substr(0, options_.max_message_bytes);
  }
  std::vector<InputProblem> raw = CheckRawBytes(m.bytes, origin.first_line);
  m.problems.insert(m.problems.end(), raw.begin(), raw.end());
  buffer->AdvanceReader(end);
  return sink_(std::move(m));
}

bool InputReader::ReadMbox(const std::string& path,
                           const std::shared_ptr<InputBuffer>& buffer) {
  MboxSplitter splitter(buffer->data());
  MboxEntry entry;
  for (int index = 0; splitter.Next(&entry); ++index) {
    Origin origin;
    origin.path = path;
    origin.index = index;
    origin.byte_offset = entry.begin;
    origin.first_line = entry.first_line;
    if (!Deliver(std::move(origin), buffer, entry.end, entry.escaped))
      return false;
  }
  return true;
}

bool InputReader::ReadSingle(const std::string& path,
                             const std::shared_ptr<InputBuffer>& buffer) {
  Origin origin;
  origin.path = path;
  origin.byte_offset = BomLength(buffer->data());
  return Deliver(std::move(origin), buffer, buffer->data().size(), false);
}

bool InputReader::ReadBuffer(const std::string& path,
                             const std::shared_ptr<InputBuffer>& buffer,
                             Found found) {
  ContentKind kind = SniffContent(buffer->data().substr(0, kSniffBytes));
  switch (kind) {
    case ContentKind::kEmpty:
      return true;
    case ContentKind::kMbox:
      return ReadMbox(path, buffer);
    case ContentKind::kMessage:
      return ReadSingle(path, buffer);
    case ContentKind::kGzip:
      return DeliverError(path,
                          Status::ParseError(path, 0,
                                             "gzip data inside gzip data; "
                                             "decompress it once first"));
    case ContentKind::kUnknown:
      break;
  }
  if (found == Found::kNamed) return ReadSingle(path, buffer);  // a draft
  if (found == Found::kDotfile) return true;
  return DeliverError(
      path,
      Status::ParseError(path, 1,
                         "not an email message or mbox (it starts with neither "
                         "a header field nor a From_ line); not checked"));
}

bool InputReader::ReadStreamFrom(int fd, const std::string& path, Found found) {
  StreamData stream = ReadStream(fd, path);
  if (!ReadBuffer(path, stream.buffer, found)) return false;
  return stream.error.ok() || DeliverError(path, stream.error);
}

bool InputReader::ReadFile(const std::string& path, Found found) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return DeliverError(
        path, Status::IoError(
                  path, std::string("cannot open: ") + std::strerror(errno)));
  }
  struct stat st;
  unsigned char magic[2] = {0, 0};
  bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  bool gzip = regular && pread(fd, magic, 2, 0) == 2 && magic[0] == 0x1f &&
              magic[1] == 0x8b;
  bool keep_going = true;
  if (!regular || gzip) {
    keep_going = ReadStreamFrom(fd, path, found);
  } else {
    Result<std::shared_ptr<InputBuffer>> mapped =
        InputBuffer::Map(fd, static_cast<size_t>(st.st_size), path);
    keep_going = mapped ? ReadBuffer(path, mapped.value(), found)
                        : DeliverError(path, mapped.error());
  }
  close(fd);
  return keep_going;
}

bool InputReader::ReadPath(const std::string& path) {
  if (path == "-") return ReadStreamFrom(STDIN_FILENO, "-", Found::kNamed);
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    return DeliverError(
        path, Status::IoError(
                  path, std::string("cannot open: ") + std::strerror(errno)));
  }
  if (!S_ISDIR(st.st_mode)) return ReadFile(path, Found::kNamed);
  if (!options_.recursive) {
    return DeliverError(path, Status::IoError(path, "is a directory"));
  }
  WalkCallbacks callbacks;
  callbacks.on_file = [this](const std::string& file, bool dotfile) {
    return ReadFile(file, dotfile ? Found::kDotfile : Found::kInDirectory);
  };
  callbacks.on_error = [this](const std::string& where, const Status& error) {
    return DeliverError(where, error);
  };
  return WalkDirectory(path, callbacks);
}

}  // namespace

RawMessage RawMessage::FromString(Origin origin, std::string data) {
  auto owned = std::make_shared<std::string>(std::move(data));
  RawMessage m;
  m.origin = std::move(origin);
  m.bytes = *owned;
  m.storage = owned;
  return m;
}

Status ReadInputs(const std::vector<std::string>& paths,
                  const InputOptions& options, const RawMessageSink& sink) {
  InputReader reader(options, sink);
  std::vector<std::string> all =
      paths.empty() ? std::vector<std::string>{"-"} : paths;
  for (const std::string& path : all) {
    if (!reader.ReadPath(path))
      return Status::Internal("stopped by the caller");
  }
  return Status::Ok();
}

Status ReadInputBytes(const std::string& path, std::string data,
                      const InputOptions& options, const RawMessageSink& sink) {
  InputReader reader(options, sink);
  if (!reader.ReadBuffer(path, InputBuffer::FromString(std::move(data)),
                         Found::kNamed)) {
    return Status::Internal("stopped by the caller");
  }
  return Status::Ok();
}

}  // namespace maillint
