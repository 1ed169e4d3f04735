#include "base/allocator.h"

#include <malloc.h>

#include <cstdlib>

namespace maillint {
namespace {

// Freed memory an arena keeps before trimming, and the size from which a
// block gets its own mapping. 8 MiB covers a typical message's working set
// many times over; bigger messages still map and unmap their own blocks.
constexpr int kKeepBytes = 8 << 20;

bool UserTunedMalloc() {
  return std::getenv("GLIBC_TUNABLES") != nullptr ||
         std::getenv("MALLOC_TRIM_THRESHOLD_") != nullptr ||
         std::getenv("MALLOC_MMAP_THRESHOLD_") != nullptr;
}

}  // namespace

void TuneAllocator() {
  if (!UserTunedMalloc()) {
    mallopt(M_TRIM_THRESHOLD, kKeepBytes);
    mallopt(M_MMAP_THRESHOLD, kKeepBytes);
  }
  setenv("G_SLICE", "always-malloc", /*overwrite=*/0);
}

}  // namespace maillint
