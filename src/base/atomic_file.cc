#include "base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

namespace maillint {
namespace {

std::string Reason(int error) { return std::strerror(error); }

// `path` with a symlink resolved to the file it names (which may not exist
// yet); `path` itself otherwise.
std::string ResolveTarget(const std::string& path) {
  struct stat st;
  if (lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
  char resolved[PATH_MAX];
  if (realpath(path.c_str(), resolved) != nullptr) return resolved;
  return path;
}

mode_t NewFileMode(const std::string& target) {
  struct stat st;
  if (stat(target.c_str(), &st) == 0) return st.st_mode & 07777;
  mode_t mask = umask(0);
  umask(mask);
  return 0666 & ~mask;
}

std::string DirectoryOf(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string NameOf(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

bool FdStreamBuf::Flush() {
  const char* p = pbase();
  while (error_ == 0 && p < pptr()) {
    ssize_t n = write(fd_, p, static_cast<size_t>(pptr() - p));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error_ = n < 0 ? errno : EIO;
      break;
    }
    p += n;
  }
  setp(buffer_, buffer_ + kSize);
  return error_ == 0;
}

FdStreamBuf::int_type FdStreamBuf::overflow(int_type c) {
  if (!Flush()) return traits_type::eof();
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

AtomicFile::AtomicFile(std::string path, std::string target,
                       std::string temp_path, int fd)
    : path_(std::move(path)),
      target_(std::move(target)),
      temp_path_(std::move(temp_path)),
      fd_(fd),
      buffer_(fd),
      stream_(&buffer_) {}

Result<std::unique_ptr<AtomicFile>> AtomicFile::Create(
    const std::string& path) {
  std::string target = ResolveTarget(path);
  struct stat st;
  if (stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) return Status::IoError(path, "is a directory");
    int fd = open(target.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return Status::IoError(path, "cannot open: " + Reason(errno));
    return std::unique_ptr<AtomicFile>(new AtomicFile(path, target, "", fd));
  }
  std::string temp =
      DirectoryOf(target) + "/." + NameOf(target) + ".maillint-XXXXXX";
  int fd = mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0) {
    return Status::IoError(path, "cannot create a file in " +
                                     DirectoryOf(target) + ": " +
                                     Reason(errno));
  }
  fchmod(fd, NewFileMode(target));
  return std::unique_ptr<AtomicFile>(new AtomicFile(path, target, temp, fd));
}

AtomicFile::~AtomicFile() {
  if (done_) return;
  close(fd_);
  if (!temp_path_.empty()) unlink(temp_path_.c_str());
}

Status AtomicFile::Commit() {
  done_ = true;
  stream_.flush();
  int error = buffer_.Flush() ? 0 : buffer_.error();
  if (error == 0 && !temp_path_.empty() && fsync(fd_) != 0) error = errno;
  if (close(fd_) != 0 && error == 0) error = errno;
  if (temp_path_.empty()) {
    return error == 0
               ? Status::Ok()
               : Status::IoError(path_, "write failed: " + Reason(error));
  }
  if (error == 0 && rename(temp_path_.c_str(), target_.c_str()) != 0) {
    error = errno;
  }
  if (error == 0) return Status::Ok();
  unlink(temp_path_.c_str());
  return Status::IoError(path_, "write failed: " + Reason(error) +
                                    " (the file was left unchanged)");
}

}  // namespace maillint
