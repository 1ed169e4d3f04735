// Errors of the libyal libraries (libpff, libolecf, libbfio): each has its
// own error type (all `intptr_t`) with a free and a print function. This
// owns one error and gives its innermost reason as one line of text.
#ifndef MAILLINT_SRC_MAIL_LIBYAL_ERROR_H_
#define MAILLINT_SRC_MAIL_LIBYAL_ERROR_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "base/text.h"

namespace maillint {

template <void (*Free)(intptr_t**), int (*Print)(intptr_t*, char*, size_t)>
class LibyalError {
 public:
  LibyalError() = default;
  ~LibyalError() { Free(&error_); }
  LibyalError(const LibyalError&) = delete;
  LibyalError& operator=(const LibyalError&) = delete;

  // Where the library writes its error.
  intptr_t** out() { return &error_; }

  std::string Text() const {
    if (error_ == nullptr) return "no reason given";
    char buf[512] = {0};
    Print(error_, buf, sizeof buf);
    std::string text = buf;
    size_t nl = text.find('\n');  // the first line is the innermost reason
    return std::string(
        Trim(nl == std::string::npos ? text : text.substr(0, nl)));
  }

 private:
  intptr_t* error_ = nullptr;
};

// Strings from these libraries carry their terminating NUL(s).
inline void DropTrailingNuls(std::string* s) {
  while (!s->empty() && s->back() == '\0') s->pop_back();
}

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_LIBYAL_ERROR_H_
