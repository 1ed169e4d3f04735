// ReadInputs: dispatches each path to the right reader (see input.h).
#include "mail/input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
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
// in a directory (read only when it is mail), or a zip member (those that
// are not mail are reported together, once per zip: a .docx is a zip too).
enum class Found { kNamed, kInDirectory, kDotfile, kZipMember };

// Zip members that are zips are read to this depth.
constexpr int kMaxArchiveDepth = 2;

// A zip member that is an mbox is split as it is decompressed, in pieces of
// about this size (only the unfinished last message is kept in between).
constexpr size_t kMemberChunkBytes = 8 << 20;

// Where a piece of an mbox starts within the whole: for message indexes,
// byte offsets and line numbers.
struct MboxBase {
  int index = 0;
  uint64_t offset = 0;
  int line = 1;
};

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
  // Delivers the messages of the mbox piece `buffer` (at `*base` in the
  // whole); with `hold_last`, all but the last, which may be unfinished.
  // Advances `*base` and sets `*consumed` to the bytes delivered.
  bool ReadMboxPiece(const std::string& path,
                     const std::shared_ptr<InputBuffer>& buffer, bool hold_last,
                     MboxBase* base, size_t* consumed);
  bool ReadSingle(const std::string& path,
                  const std::shared_ptr<InputBuffer>& buffer);
  // `problems`: found before the bytes (an export item read in part).
  bool Deliver(Origin origin, const std::shared_ptr<InputBuffer>& buffer,
               size_t begin, size_t end, bool unescape,
               std::vector<InputProblem> problems = {});
  bool DeliverError(const std::string& path, Status error);

  class MemberStream;

  const InputOptions& options_;
  const RawMessageSink& sink_;
  int archive_depth_ = 0;
  std::vector<std::string> not_mail_members_;  // of the zip being read
};

// One zip member. Its first bytes decide: an mbox is split piece by piece
// as it arrives (memory holds one piece); anything else is collected in a
// Spool and read whole. An mbox piece that grows past max_message_bytes
// without a second message (one huge message) is spooled from there on.
class InputReader::MemberStream : public ZipMemberSink {
 public:
  MemberStream(InputReader* reader, std::string name)
      : reader_(reader), name_(std::move(name)) {}

  bool Append(std::string_view bytes) override {
    if (spooling_) return Spooled(spool_.Append(bytes));
    pending_.append(bytes);
    if (!decided_ && pending_.size() >= kSniffBytes) Decide();
    if (spooling_) return Spooled(Status::Ok());
    if (!splitting_ || pending_.size() < next_piece_) return true;
    return Piece(true);
  }

  bool Finish() override {
    if (!status_.ok()) return reader_->DeliverError(name_, status_);
    if (splitting_) return Piece(false);
    if (!spooling_) {
      return reader_->ReadBuffer(name_,
                                 InputBuffer::FromString(std::move(pending_)),
                                 Found::kZipMember);
    }
    Result<std::shared_ptr<InputBuffer>> buffer = spool_.Finish(name_);
    if (!buffer) return reader_->DeliverError(name_, buffer.error());
    if (base_.index == 0) {
      return reader_->ReadBuffer(name_, buffer.value(), Found::kZipMember);
    }
    size_t consumed = 0;
    return reader_->ReadMboxPiece(name_, buffer.value(), false, &base_,
                                  &consumed);
  }

 private:
  void Decide() {
    decided_ = true;
    splitting_ =
        SniffContent(pending_.substr(0, kSniffBytes)) == ContentKind::kMbox;
    if (!splitting_) StartSpooling();
  }

  void StartSpooling() {
    splitting_ = false;
    spooling_ = true;
    status_ = spool_.Append(pending_);
    pending_.clear();
    pending_.shrink_to_fit();
  }

  bool Spooled(Status status) {
    if (status_.ok()) status_ = std::move(status);
    return true;  // a spool error is reported by Finish
  }

  // Delivers the messages in pending_ (all but the unfinished last one
  // when `hold_last`) and keeps the rest.
  bool Piece(bool hold_last) {
    auto buffer = InputBuffer::FromString(pending_);
    size_t consumed = 0;
    if (!reader_->ReadMboxPiece(name_, buffer, hold_last, &base_, &consumed))
      return false;
    pending_.erase(0, consumed);
    next_piece_ = pending_.size() + kMemberChunkBytes;
    if (hold_last && consumed == 0 &&
        pending_.size() >
            reader_->options_.max_message_bytes + kMemberChunkBytes) {
      StartSpooling();
    }
    return true;
  }

  InputReader* reader_;
  std::string name_;
  std::string pending_;
  bool decided_ = false, splitting_ = false, spooling_ = false;
  Spool spool_;
  Status status_;
  MboxBase base_;
  size_t next_piece_ = kMemberChunkBytes;
};

bool InputReader::DeliverError(const std::string& path, Status error) {
  RawMessage bad;
  bad.origin.path = path;
  bad.error = std::move(error);
  return sink_(std::move(bad));
}

bool InputReader::Deliver(Origin origin,
                          const std::shared_ptr<InputBuffer>& buffer,
                          size_t begin, size_t end, bool unescape,
                          std::vector<InputProblem> problems) {
  RawMessage m;
  std::string_view bytes = buffer->data().substr(begin, end - begin);
  if (unescape) {
    m = RawMessage::FromString(origin, UnescapeFromLines(bytes));
  } else {
    m.origin = origin;
    m.bytes = bytes;
    m.storage = buffer->Retain(begin);
  }
  m.problems = std::move(problems);
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
  MboxBase base;
  size_t consumed = 0;
  return ReadMboxPiece(path, buffer, false, &base, &consumed);
}

bool InputReader::ReadMboxPiece(const std::string& path,
                                const std::shared_ptr<InputBuffer>& buffer,
                                bool hold_last, MboxBase* base,
                                size_t* consumed) {
  MboxSplitter splitter(buffer->data());
  MboxEntry entry, next;
  bool have = splitter.Next(&entry);
  *consumed = 0;
  while (have) {
    bool more = splitter.Next(&next);
    if (!more && hold_last) {
      *consumed = entry.marker_offset;
      break;
    }
    Origin origin;
    origin.path = path;
    origin.index = base->index++;
    origin.byte_offset = base->offset + entry.begin;
    origin.first_line = base->line + entry.first_line - 1;
    if (!Deliver(std::move(origin), buffer, entry.begin, entry.end,
                 entry.escaped))
      return false;
    *consumed = buffer->data().size();
    entry = next;
    have = more;
  }
  std::string_view done = buffer->data().substr(0, *consumed);
  base->offset += *consumed;
  base->line += static_cast<int>(std::count(done.begin(), done.end(), '\n'));
  return true;
}

bool InputReader::ReadSingle(const std::string& path,
                             const std::shared_ptr<InputBuffer>& buffer) {
  Origin origin;
  origin.path = path;
  origin.byte_offset = BomLength(buffer->data());
  return Deliver(origin, buffer, origin.byte_offset, buffer->data().size(),
                 false);
}

// One error for the members of zip `path` that are not mail.
Status NotMailMembers(const std::string& path,
                      const std::vector<std::string>& members) {
  std::string names;
  for (size_t i = 0; i < members.size() && i < 3; ++i) {
    names += (i ? ", " : "") + members[i].substr(path.size() + 1);
  }
  if (members.size() > 3) names += ", ...";
  return Status::ParseError(path, 0,
                            std::to_string(members.size()) +
                                " zip member(s) are not email messages or "
                                "mailboxes (" +
                                names + "); not checked");
}

bool InputReader::ReadZip(const std::string& path,
                          const std::shared_ptr<InputBuffer>& buffer) {
  if (archive_depth_ >= kMaxArchiveDepth) {
    return DeliverError(path, Status::ParseError(path, 0,
                                                 "zip archives nested too "
                                                 "deeply; not checked"));
  }
  ZipCallbacks callbacks;
  callbacks.open_member = [this](const std::string& name) {
    return std::make_unique<MemberStream>(this, name);
  };
  callbacks.on_error = [this](const std::string& where, const Status& error) {
    return DeliverError(where, error);
  };
  std::vector<std::string> outer = std::move(not_mail_members_);
  not_mail_members_.clear();
  ++archive_depth_;
  bool keep_going = ReadZipArchive(path, buffer->data(), callbacks);
  --archive_depth_;
  std::vector<std::string> skipped = std::move(not_mail_members_);
  not_mail_members_ = std::move(outer);
  if (!keep_going || skipped.empty()) return keep_going;
  return DeliverError(path, NotMailMembers(path, skipped));
}

bool InputReader::ReadOutlook(ContentKind kind, const std::string& path,
                              const std::shared_ptr<InputBuffer>& buffer) {
  ExportCallbacks callbacks;
  callbacks.on_message = [this](Origin origin, std::string bytes,
                                std::vector<InputProblem> problems) {
    auto data = InputBuffer::FromString(std::move(bytes));
    return Deliver(std::move(origin), data, 0, data->data().size(), false,
                   std::move(problems));
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
  if (found == Found::kZipMember) {
    not_mail_members_.push_back(path);
    return true;
  }
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
