// Reading streams (gzip files, standard input, pipes) into an InputBuffer.
//
// The data goes through zlib's gz* reader, which decompresses gzip (also
// several concatenated members) and passes anything else through unchanged,
// so one function serves `mbox.gz`, a plain pipe, and `zcat`-less stdin.
// Bytes are spooled (input_buffer.h), so memory stays flat.
#ifndef MAILLINT_SRC_MAIL_STREAM_INPUT_H_
#define MAILLINT_SRC_MAIL_STREAM_INPUT_H_

#include <cstdint>
#include <memory>
#include <string>

#include "base/status.h"
#include "mail/input_buffer.h"

namespace maillint {

struct StreamData {
  std::shared_ptr<InputBuffer> buffer;  // what could be read; never null
  // !ok when reading stopped early (truncated or corrupt gzip, read error,
  // over kMaxDecompressedBytes); `buffer` then holds the bytes before that.
  Status error;
};

// Reads everything from `fd` (not closed). `path` names it in errors.
StreamData ReadStream(int fd, const std::string& path);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_STREAM_INPUT_H_
