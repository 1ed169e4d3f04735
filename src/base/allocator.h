// Allocator settings for a long run over many messages.
//
// Every message allocates and frees a few hundred KB (MIME tree, decoded
// text, HTML tree). With glibc's defaults each worker thread's arena gives
// that memory back to the kernel after nearly every message and faults it
// in again for the next, and GLib's slice allocator adds a second cache with
// its own locks on top. TuneAllocator() keeps a bounded amount of freed
// memory per arena for reuse and sends GLib's small allocations to malloc.
// The bound keeps peak memory flat (bench/RESULTS.md measures it).
#ifndef MAILLINT_SRC_BASE_ALLOCATOR_H_
#define MAILLINT_SRC_BASE_ALLOCATOR_H_

namespace maillint {

// Call first in main(), before any other thread or GLib call. Settings the
// user made in the environment (GLIBC_TUNABLES, MALLOC_*, G_SLICE) win.
void TuneAllocator();

}  // namespace maillint

#endif  // MAILLINT_SRC_BASE_ALLOCATOR_H_
