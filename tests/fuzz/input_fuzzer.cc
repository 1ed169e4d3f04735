// libFuzzer target: arbitrary bytes through the input reader (content
// sniffing, mbox splitting, unescaping, raw-byte checks) and then the MIME
// parser and anatomy stage for every message split out.
//
// The first byte picks how the rest is presented: as a file's content, or
// after a From_ line so that the mbox splitter always runs on it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "lint/runner.h"
#include "mail/input.h"
#include "mail/mime_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace maillint;
  static const bool initialized = (InitMimeLibrary(), true);
  (void)initialized;
  if (size == 0) return 0;
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] & 1) bytes = "From - Mon Jun  3 12:50:27 1996\n" + bytes;

  InputOptions options;
  options.max_message_bytes = 1 << 20;
  ParseOptions parse;
  ReadInputBytes("fuzz.mbox", std::move(bytes), options, [&](RawMessage raw) {
    if (raw.error.ok()) {
      if (raw.bytes.size() > options.max_message_bytes) __builtin_trap();
      Result<Message> message = PrepareMessage(raw, parse);
      (void)message;
    }
    return true;
  });
  return 0;
}
