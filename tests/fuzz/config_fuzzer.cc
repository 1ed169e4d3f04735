// libFuzzer target (body in fuzz_targets.cc): the configuration loader
// (.maillint.yml through yaml-cpp, the limits of lint/yaml_util.h and the key
// table), then the rule selection it describes against the built-in rules.
#include "tests/fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return maillint::fuzz::FuzzConfig(data, size);
}
