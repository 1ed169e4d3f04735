#include "mail/input_buffer.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>

#include "mail/limits.h"

namespace maillint {
namespace {

// Release in steps of at least this much: one madvise per few messages.
constexpr size_t kReleaseStep = 1 << 20;

size_t PageSize() {
  static const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  return page;
}

Status WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0)
      return Status::IoError("temporary spool file", std::strerror(errno));
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

}  // namespace

struct InputBuffer::Hold {
  std::shared_ptr<InputBuffer> buffer;
  size_t begin = 0;
  ~Hold() { buffer->Release(begin); }
};

Result<std::shared_ptr<InputBuffer>> InputBuffer::Map(int fd, size_t size,
                                                      const std::string& path) {
  std::shared_ptr<InputBuffer> buffer(new InputBuffer());
  if (size == 0) return buffer;
  void* base = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (base == MAP_FAILED) {
    return Status::IoError(path,
                           std::string("cannot map: ") + std::strerror(errno));
  }
  madvise(base, size, MADV_SEQUENTIAL);
  buffer->data_ = std::string_view(static_cast<const char*>(base), size);
  buffer->mapped_ = true;
  return buffer;
}

std::shared_ptr<InputBuffer> InputBuffer::FromString(std::string data) {
  std::shared_ptr<InputBuffer> buffer(new InputBuffer());
  buffer->owned_ = std::move(data);
  buffer->data_ = buffer->owned_;
  return buffer;
}

InputBuffer::~InputBuffer() {
  if (mapped_) munmap(const_cast<char*>(data_.data()), data_.size());
}

std::shared_ptr<const void> InputBuffer::Retain(size_t begin) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    live_.insert(begin);
  }
  auto hold = std::make_shared<Hold>();
  hold->buffer = shared_from_this();
  hold->begin = begin;
  return hold;
}

void InputBuffer::Release(size_t begin) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = live_.find(begin);
  if (it != live_.end()) live_.erase(it);
  ReleaseBelowWatermark();
}

void InputBuffer::AdvanceReader(size_t offset) {
  std::lock_guard<std::mutex> lock(mu_);
  reader_ = std::max(reader_, offset);
  ReleaseBelowWatermark();
}

void InputBuffer::ReleaseBelowWatermark() {
  if (!mapped_) return;
  size_t watermark =
      live_.empty() ? reader_ : std::min(reader_, *live_.begin());
  watermark -= watermark % PageSize();
  if (watermark < released_ + kReleaseStep && watermark < data_.size()) return;
  if (watermark <= released_) return;
  madvise(const_cast<char*>(data_.data()) + released_, watermark - released_,
          MADV_DONTNEED);
  released_ = watermark;
}

size_t InputBuffer::released_bytes() const {
  std::lock_guard<std::mutex> lock(mu_);
  return released_;
}

Spool::~Spool() {
  if (fd_ >= 0) close(fd_);
}

Status Spool::SpillToFile() {
  const char* dir = std::getenv("TMPDIR");
  std::string name =
      std::string(dir && *dir ? dir : "/tmp") + "/maillint-spool-XXXXXX";
  fd_ = mkstemp(name.data());
  if (fd_ < 0) {
    return Status::IoError(name, std::string("cannot create temporary file: ") +
                                     std::strerror(errno));
  }
  unlink(name.c_str());
  Status written = WriteAll(fd_, memory_);
  memory_.clear();
  memory_.shrink_to_fit();
  return written;
}

Status Spool::Append(std::string_view bytes) {
  size_ += bytes.size();
  if (fd_ < 0 && memory_.size() + bytes.size() <= kSpoolMemoryBytes) {
    memory_.append(bytes);
    return Status::Ok();
  }
  if (fd_ < 0) {
    Status spilled = SpillToFile();
    if (!spilled.ok()) return spilled;
  }
  return WriteAll(fd_, bytes);
}

Result<std::shared_ptr<InputBuffer>> Spool::Finish(const std::string& path) {
  if (fd_ < 0) return InputBuffer::FromString(std::move(memory_));
  Result<std::shared_ptr<InputBuffer>> mapped =
      InputBuffer::Map(fd_, size_, path);
  close(fd_);
  fd_ = -1;
  size_ = 0;
  return mapped;
}

}  // namespace maillint
