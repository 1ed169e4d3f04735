// libFuzzer target (body in fuzz_targets.cc): HTML bodies through the one
// renderer (mail/html_text.h: the gumbo tree and, past the parse limit, the
// stream renderer), its quote marks, and the anatomy's quote cut from them
// (anatomy/quote_detector.h).
//
// The first byte picks the tree/stream split (a small parse limit, so that
// short inputs reach the stream renderer too). Checks the contracts: links
// lie inside the text, in order; the split is ordered and inside the input;
// a quote offset lies inside its text.
#include "tests/fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return maillint::fuzz::FuzzHtml(data, size);
}
