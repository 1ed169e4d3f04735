// InputBuffer: the bytes of one input file, memory-mapped or owned, with
// memory handed back to the OS as soon as the messages in it are done.
//
// MEMORY
//   A mapped file is read through the page cache. Pages the process has
//   touched count in its resident set until released, so the buffer tracks
//   which messages are still alive (Retain) and how far the reader has got
//   (AdvanceReader), and drops (madvise MADV_DONTNEED) every page below both.
//   Peak memory is then the in-flight window of messages, not the file.
//
// Spool collects a stream (stdin, gzip data) into memory up to
// kSpoolMemoryBytes and into an unlinked temporary file beyond that
// ($TMPDIR, else /tmp), which is then mapped.
//
// THREAD SAFETY
//   data() may be read from any thread. Retain's storage may be released on
//   any thread. AdvanceReader is called by the one reading thread.
//   A mapped file that is truncated while mapped makes reads fault (SIGBUS);
//   mailboxes are assumed not to shrink while being checked.
#ifndef MAILLINT_SRC_MAIL_INPUT_BUFFER_H_
#define MAILLINT_SRC_MAIL_INPUT_BUFFER_H_

#include <cstddef>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

#include "base/result.h"

namespace maillint {

class InputBuffer : public std::enable_shared_from_this<InputBuffer> {
 public:
  // Maps the regular file open on `fd` (`size` bytes; the fd may be closed
  // afterwards). `path` names it in errors.
  static Result<std::shared_ptr<InputBuffer>> Map(int fd, size_t size,
                                                  const std::string& path);
  static std::shared_ptr<InputBuffer> FromString(std::string data);

  ~InputBuffer();
  InputBuffer(const InputBuffer&) = delete;
  InputBuffer& operator=(const InputBuffer&) = delete;

  std::string_view data() const { return data_; }
  bool mapped() const { return mapped_; }

  // Storage that keeps the bytes from `begin` on alive until released.
  std::shared_ptr<const void> Retain(size_t begin);
  // The reader no longer needs bytes below `offset`.
  void AdvanceReader(size_t offset);

  // Bytes given back to the OS so far (for tests).
  size_t released_bytes() const;

 private:
  struct Hold;  // Retain's storage: releases its message when destroyed

  InputBuffer() = default;
  void Release(size_t begin);
  // REQUIRES: mu_ held.
  void ReleaseBelowWatermark();

  std::string owned_;
  std::string_view data_;
  bool mapped_ = false;

  mutable std::mutex mu_;
  std::multiset<size_t> live_;  // begins of retained messages
  size_t reader_ = 0;
  size_t released_ = 0;  // page-aligned
};

// Collects streamed bytes; see the header comment.
class Spool {
 public:
  Spool() = default;
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  Status Append(std::string_view bytes);
  uint64_t size() const { return size_; }
  // The collected bytes. The spool is empty afterwards.
  Result<std::shared_ptr<InputBuffer>> Finish(const std::string& path);

 private:
  Status SpillToFile();

  std::string memory_;
  int fd_ = -1;
  uint64_t size_ = 0;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_INPUT_BUFFER_H_
