// libFuzzer target (body in fuzz_targets.cc): HTML bodies through both
// renderers (mail/html_text.h: the gumbo tree and, past the parse limit, the
// stream renderer; and the anatomy's quote-finding renderer,
// anatomy/html_render.h).
//
// The first byte picks the tree/stream split (a small parse limit, so that
// short inputs reach the stream renderer too). Checks the contracts: links
// lie inside the text, in order; the split is ordered and inside the input;
// a quote offset lies inside its text.
#include "tests/fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return maillint::fuzz::FuzzHtml(data, size);
}
