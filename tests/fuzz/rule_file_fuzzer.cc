// libFuzzer target (body in fuzz_targets.cc): a declarative rule file (Vale's
// shape) through the reader, RE2 validation and compilation into a pattern
// index, then the rule's own examples (lint/rule_examples.h), which match its
// patterns.
#include "tests/fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return maillint::fuzz::FuzzRuleFile(data, size);
}
