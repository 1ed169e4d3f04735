#include "mail/bfio_memory.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace maillint {
namespace {

// The io_handle behind the libbfio handle (owned by it: freed through
// FreeRange when the handle is freed).
struct Range {
  const char* data = nullptr;
  size_t size = 0;
  size_t offset = 0;
  bool open = false;
};

Range* AsRange(intptr_t* io_handle) {
  return reinterpret_cast<Range*>(io_handle);
}

int FreeRange(intptr_t** io_handle, libbfio_error_t**) {
  if (io_handle != nullptr) {
    delete AsRange(*io_handle);
    *io_handle = nullptr;
  }
  return 1;
}

int CloneRange(intptr_t** destination, intptr_t* source, libbfio_error_t**) {
  if (destination == nullptr || source == nullptr) return -1;
  Range* copy = new Range(*AsRange(source));
  copy->offset = 0;
  copy->open = false;
  *destination = reinterpret_cast<intptr_t*>(copy);
  return 1;
}

int Open(intptr_t* io_handle, int, libbfio_error_t**) {
  AsRange(io_handle)->open = true;
  AsRange(io_handle)->offset = 0;
  return 1;
}

int Close(intptr_t* io_handle, libbfio_error_t**) {
  AsRange(io_handle)->open = false;
  return 0;
}

ssize_t Read(intptr_t* io_handle, uint8_t* buffer, size_t size,
             libbfio_error_t**) {
  Range* r = AsRange(io_handle);
  if (buffer == nullptr || !r->open) return -1;
  if (r->offset >= r->size) return 0;
  size_t n = std::min(size, r->size - r->offset);
  std::memcpy(buffer, r->data + r->offset, n);
  r->offset += n;
  return static_cast<ssize_t>(n);
}

ssize_t Write(intptr_t*, const uint8_t*, size_t, libbfio_error_t**) {
  return -1;  // read-only
}

off64_t Seek(intptr_t* io_handle, off64_t offset, int whence,
             libbfio_error_t**) {
  Range* r = AsRange(io_handle);
  off64_t base = whence == SEEK_SET   ? 0
                 : whence == SEEK_CUR ? static_cast<off64_t>(r->offset)
                 : whence == SEEK_END ? static_cast<off64_t>(r->size)
                                      : -1;
  if (base < 0 || offset < -base) return -1;
  r->offset = static_cast<size_t>(base + offset);  // past the end reads 0
  return static_cast<off64_t>(r->offset);
}

int Exists(intptr_t*, libbfio_error_t**) { return 1; }

int IsOpen(intptr_t* io_handle, libbfio_error_t**) {
  return AsRange(io_handle)->open ? 1 : 0;
}

int GetSize(intptr_t* io_handle, size64_t* size, libbfio_error_t**) {
  if (size == nullptr) return -1;
  *size = AsRange(io_handle)->size;
  return 1;
}

}  // namespace

BfioMemory::BfioMemory(std::string_view data) {
  Range* range = new Range{data.data(), data.size(), 0, false};
  if (libbfio_handle_initialize(&handle_, reinterpret_cast<intptr_t*>(range),
                                FreeRange, CloneRange, Open, Close, Read, Write,
                                Seek, Exists, IsOpen, GetSize,
                                LIBBFIO_FLAG_IO_HANDLE_MANAGED |
                                    LIBBFIO_FLAG_IO_HANDLE_CLONE_BY_FUNCTION,
                                nullptr) != 1) {
    delete range;
    handle_ = nullptr;
  }
}

BfioMemory::~BfioMemory() {
  if (handle_ != nullptr) libbfio_handle_free(&handle_, nullptr);
}

}  // namespace maillint
