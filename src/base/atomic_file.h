// AtomicFile: an output file that appears complete or not at all.
//
// CONTRACT
//   Create(path) opens a temporary file in path's own directory
//   (".<name>.maillint-XXXXXX", so that the final rename stays on one file
//   system and is atomic). Writes go there; Commit() flushes, fsyncs and
//   renames it over `path`. Until Commit() succeeds, `path` is untouched:
//   a run killed midway (even by SIGKILL) leaves the previous file, or none,
//   plus at most the hidden temporary file; a write that fails (disk full,
//   file size limit, I/O error) makes Commit() fail with the reason, and
//   the temporary file is removed. The destructor removes an uncommitted
//   temporary file.
//
//   A `path` that exists and is not a regular file (/dev/null, /dev/stdout,
//   a FIFO) cannot be replaced: it is written directly, and Commit() still
//   reports write errors. A symlink is followed: its target is replaced.
//   The new file gets the old file's permissions, else 0666 minus umask.
//
// Not thread-safe: one writer.
#ifndef MAILLINT_SRC_BASE_ATOMIC_FILE_H_
#define MAILLINT_SRC_BASE_ATOMIC_FILE_H_

#include <memory>
#include <ostream>
#include <streambuf>
#include <string>

#include "base/result.h"

namespace maillint {

// A std::streambuf over a file descriptor that remembers the first write
// error (errno) instead of losing it in the stream's failbit.
class FdStreamBuf : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd) : fd_(fd) { setp(buffer_, buffer_ + kSize); }
  // Writes what is buffered; false (and error() set) on failure.
  bool Flush();
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  int sync() override { return Flush() ? 0 : -1; }

 private:
  static constexpr size_t kSize = 1 << 16;
  int fd_;
  int error_ = 0;
  char buffer_[kSize];
};

class AtomicFile {
 public:
  static Result<std::unique_ptr<AtomicFile>> Create(const std::string& path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return stream_; }
  // Makes the written bytes the content of `path`; fails (kIoError naming
  // the path and the reason) when any write failed. Call at most once.
  Status Commit();

 private:
  AtomicFile(std::string path, std::string target, std::string temp_path,
             int fd);

  std::string path_;       // what the user named (for messages)
  std::string target_;     // what is replaced (symlinks resolved)
  std::string temp_path_;  // empty when writing `path_` directly
  int fd_;
  FdStreamBuf buffer_;
  std::ostream stream_;
  bool done_ = false;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_BASE_ATOMIC_FILE_H_
