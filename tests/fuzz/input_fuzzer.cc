// libFuzzer target (body in fuzz_targets.cc): arbitrary bytes through the input
// reader (content sniffing, mbox splitting, unescaping, raw-byte checks) and
// then the MIME parser and anatomy stage for every message split out.
//
// The first byte picks how the rest is presented: as a file's content, or
// after a From_ line so that the mbox splitter always runs on it.
#include "tests/fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return maillint::fuzz::FuzzInput(data, size);
}
