// libFuzzer target (body in fuzz_targets.cc): the reply anatomy (segmenter:
// quotes, attributions, signatures, greeting and closing, the quoted original)
// on decoded text.
//
// The first byte picks the shape: bit 0 set, the rest is an HTML body
// (rendered as the MIME parser would, and the quote found on its
// structure); otherwise it is the body text itself. Text that is not UTF-8
// is mapped byte-wise first, as the parser guarantees UTF-8 bodies.
// Checks the anatomy's contract: segments in order, inside the body.
#include "tests/fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return maillint::fuzz::FuzzAnatomy(data, size);
}
