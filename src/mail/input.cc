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
#include "mail/outlook_reader.h"
#include "mail/raw_checks.h"
#include "mail/sniff.h"
#include "mail/stream_input.h"
#include "mail/zip_reader.h"

namespace maillint {
namespace {

// How a file came to be read: named on the command line (anything goes: a
// headerless draft is a message), found in a directory, or a dotfile found
// in a directory (read only when it is mail).
enum class Found { kNamed, kInDirectory, kDotfile };

// Zip members that are zips are read to this depth.
constexpr int kMaxArchiveDepth = 2;

class InputReader {
 public:
  InputReader(const InputOptions& options, const RawMessageSink& sink)
      : options_(options), sink_(sink) {}

  bool ReadPath(const std::string& path);
  bool ReadBuffer(const std::string& path,
                  const std::shared_ptr<InputBuffer>& buffer, Found found);

 private:
  bool ReadZip(const std::string& path,
               const std::shared_ptr<InputBuffer>& buffer);
  bool ReadOutlook(ContentKind kind, const std::string& path,
                   const std::shared_ptr<InputBuffer>& buffer);
  bool ReadFile(const std::string& path, Found found);
  // Maps a regular file; streams gzip data, pipes and devices.
  bool ReadFd(int fd, const std::string& path, Found found);
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
  int archive_depth_ = 0;
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

bool InputReader::ReadZip(const std::string& path,
                          const std::shared_ptr<InputBuffer>& buffer) {
  if (archive_depth_ >= kMaxArchiveDepth) {
    return DeliverError(path, Status::ParseError(path, 0,
                                                 "zip archives nested too "
                                                 "deeply; not checked"));
  }
  ZipCallbacks callbacks;
  callbacks.on_member = [this](const std::string& name,
                               const std::shared_ptr<InputBuffer>& data) {
    return ReadBuffer(name, data, Found::kInDirectory);
  };
  callbacks.on_error = [this](const std::string& where, const Status& error) {
    return DeliverError(where, error);
  };
  ++archive_depth_;
  bool keep_going = ReadZipArchive(path, buffer->data(), callbacks);
  --archive_depth_;
  return keep_going;
}

bool InputReader::ReadOutlook(ContentKind kind, const std::string& path,
                              const std::shared_ptr<InputBuffer>& buffer) {
  ExportCallbacks callbacks;
  callbacks.on_message = [this](Origin origin, std::string bytes) {
    auto data = InputBuffer::FromString(std::move(bytes));
    return Deliver(std::move(origin), data, data->data().size(), false);
  };
  callbacks.on_error = [this](const std::string& where, const Status& error) {
    return DeliverError(where, error);
  };
  return kind == ContentKind::kPst
             ? ReadPstFile(path, buffer->data(), callbacks)
             : ReadMsgFile(path, buffer->data(), callbacks);
}

bool InputReader::ReadBuffer(const std::string& path,
                             const std::shared_ptr<InputBuffer>& buffer,
                             Found found) {
  ContentKind kind = SniffContent(buffer->data().substr(0, kSniffBytes));
  switch (kind) {
    case ContentKind::kEmpty:
      return true;
    case ContentKind::kZip:
      return ReadZip(path, buffer);
    case ContentKind::kPst:
    case ContentKind::kOle:
      return ReadOutlook(kind, path, buffer);
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
  bool keep_going = ReadFd(fd, path, found);
  close(fd);
  return keep_going;
}

bool InputReader::ReadFd(int fd, const std::string& path, Found found) {
  struct stat st;
  unsigned char magic[2] = {0, 0};
  bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  bool gzip = regular && pread(fd, magic, 2, 0) == 2 && magic[0] == 0x1f &&
              magic[1] == 0x8b;
  if (!regular || gzip) return ReadStreamFrom(fd, path, found);
  Result<std::shared_ptr<InputBuffer>> mapped =
      InputBuffer::Map(fd, static_cast<size_t>(st.st_size), path);
  return mapped ? ReadBuffer(path, mapped.value(), found)
                : DeliverError(path, mapped.error());
}

bool InputReader::ReadPath(const std::string& path) {
  if (path == "-") return ReadFd(STDIN_FILENO, "-", Found::kNamed);
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
