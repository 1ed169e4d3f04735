// Status: the outcome of an operation that produced no result at all.
//
// maillint code never throws. A function that can fail returns Status (or
// Result<T>, see result.h). Lint results are not failures: they are Findings.
// A Status means "this unit (file, message, config) could not be processed".
//
// A Status is a small value type; copy it freely. Multiple threads may read the
// same Status concurrently.
#ifndef MAILLINT_SRC_BASE_STATUS_H_
#define MAILLINT_SRC_BASE_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace maillint {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // a usage error: bad flag value, unknown name
    kIoError,          // a path that cannot be opened or read
    kParseError,       // input that cannot be parsed (names file:line)
    kInvalidConfig,    // configuration or rule-file error (names file:line:col)
    kLimitExceeded,    // size, depth or count limit hit
    kInternal,         // a bug or an unexpected library failure
  };

  Status() = default;  // OK

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status IoError(std::string_view path, std::string_view msg) {
    return Status(Code::kIoError, std::string(path) + ": " + std::string(msg));
  }
  // `line` is 1-based; 0 means "no line".
  static Status ParseError(std::string_view file, int line,
                           std::string_view msg) {
    std::string where(file);
    if (line > 0) where += ":" + std::to_string(line);
    return Status(Code::kParseError, where + ": " + std::string(msg));
  }
  // `line`/`column` are 1-based; 0 means unknown.
  static Status InvalidConfig(std::string_view file, int line, int column,
                              std::string_view msg) {
    std::string where(file);
    if (line > 0) where += ":" + std::to_string(line);
    if (line > 0 && column > 0) where += ":" + std::to_string(column);
    return Status(Code::kInvalidConfig, where + ": " + std::string(msg));
  }
  static Status LimitExceeded(std::string msg) {
    return Status(Code::kLimitExceeded, std::move(msg));
  }
  static Status Internal(std::string msg) {
    return Status(Code::kInternal, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The full human-readable message, location first. Empty when ok().
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string message)
      : code_(code), message_(std::move(message)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_BASE_STATUS_H_
