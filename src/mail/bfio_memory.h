// A libbfio handle over bytes in memory, so that libpff and libolecf read
// a mapped file or a zip member in place (no temporary copy on disk).
#ifndef MAILLINT_SRC_MAIL_BFIO_MEMORY_H_
#define MAILLINT_SRC_MAIL_BFIO_MEMORY_H_

#include <libbfio.h>

#include <cstdint>
#include <string_view>

namespace maillint {

class BfioMemory {
 public:
  // `data` must outlive this object; it is only read.
  explicit BfioMemory(std::string_view data) {
    if (libbfio_memory_range_initialize(&handle_, nullptr) != 1) {
      handle_ = nullptr;
      return;
    }
    auto* start = reinterpret_cast<uint8_t*>(const_cast<char*>(data.data()));
    if (libbfio_memory_range_set(handle_, start, data.size(), nullptr) != 1) {
      libbfio_handle_free(&handle_, nullptr);
      handle_ = nullptr;
    }
  }
  ~BfioMemory() {
    if (handle_ != nullptr) libbfio_handle_free(&handle_, nullptr);
  }
  BfioMemory(const BfioMemory&) = delete;
  BfioMemory& operator=(const BfioMemory&) = delete;

  // Null when the handle could not be made.
  libbfio_handle_t* get() const { return handle_; }

 private:
  libbfio_handle_t* handle_ = nullptr;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_BFIO_MEMORY_H_
