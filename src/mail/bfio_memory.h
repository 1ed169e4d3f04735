// A libbfio handle over bytes in memory, so that libpff and libolecf read
// a mapped file or a zip member in place (no temporary copy on disk).
//
// libbfio's own memory-range handle (20170123, Debian 12) reads past the end
// of its range on a truncated PST (found by mutation tests: a SIGSEGV in
// libbfio_memory_range_read); this handle's callbacks bound every read and
// seek by the data's size instead.
#ifndef MAILLINT_SRC_MAIL_BFIO_MEMORY_H_
#define MAILLINT_SRC_MAIL_BFIO_MEMORY_H_

#include <libbfio.h>

#include <string_view>

namespace maillint {

class BfioMemory {
 public:
  // `data` must outlive this object; it is only read.
  explicit BfioMemory(std::string_view data);
  ~BfioMemory();
  BfioMemory(const BfioMemory&) = delete;
  BfioMemory& operator=(const BfioMemory&) = delete;

  // Null when the handle could not be made.
  libbfio_handle_t* get() const { return handle_; }

 private:
  libbfio_handle_t* handle_ = nullptr;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_BFIO_MEMORY_H_
