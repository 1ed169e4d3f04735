#include "mail/stream_input.h"

#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "mail/limits.h"

namespace maillint {
namespace {

constexpr unsigned kChunkBytes = 256 << 10;

// zlib's description of the stream's state; ok when it ended cleanly.
Status GzStatus(gzFile file, const std::string& path, uint64_t bytes_read) {
  int code = Z_OK;
  const char* text = gzerror(file, &code);
  if (code == Z_OK || code == Z_STREAM_END) return Status::Ok();
  std::string what =
      code == Z_BUF_ERROR ? "truncated gzip data (unexpected end of file)"
      : code == Z_ERRNO   ? std::string("read error: ") + std::strerror(errno)
                          : std::string("corrupt gzip data: ") + text;
  return Status::IoError(
      path, what + " after " + std::to_string(bytes_read) +
                " decompressed bytes; the messages before it were read");
}

}  // namespace

StreamData ReadStream(int fd, const std::string& path) {
  StreamData out;
  Spool spool;
  int own_fd = dup(fd);
  gzFile file = own_fd >= 0 ? gzdopen(own_fd, "rb") : nullptr;
  if (file == nullptr) {
    if (own_fd >= 0) close(own_fd);
    out.error = Status::IoError(
        path, std::string("cannot read: ") + std::strerror(errno));
    out.buffer = InputBuffer::FromString("");
    return out;
  }
  gzbuffer(file, kChunkBytes);
  std::vector<char> chunk(kChunkBytes);
  while (true) {
    int n = gzread(file, chunk.data(), kChunkBytes);
    if (n <= 0) {
      out.error = GzStatus(file, path, spool.size());
      break;
    }
    Status appended =
        spool.Append(std::string_view(chunk.data(), static_cast<size_t>(n)));
    if (!appended.ok()) {
      out.error = appended;
      break;
    }
    if (spool.size() > kMaxDecompressedBytes) {
      out.error = Status::LimitExceeded(
          path + ": more than " + std::to_string(kMaxDecompressedBytes) +
          " bytes after decompression (limit); the rest is not read");
      break;
    }
  }
  gzclose(file);
  Result<std::shared_ptr<InputBuffer>> buffer = spool.Finish(path);
  if (buffer) {
    out.buffer = std::move(buffer.value());
  } else {
    out.buffer = InputBuffer::FromString("");
    if (out.error.ok()) out.error = buffer.error();
  }
  return out;
}

}  // namespace maillint
