// Result<T>: a value or the Status explaining why there is none.
//
// Shaped like C++23's std::expected (has_value, value, error, operator bool)
// so it can be swapped for it when the project moves to C++23; GCC 12 does not
// offer <expected> under -std=c++20.
#ifndef MAILLINT_SRC_BASE_RESULT_H_
#define MAILLINT_SRC_BASE_RESULT_H_

#include <cassert>
#include <utility>
#include <variant>

#include "base/status.h"

namespace maillint {

template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT: implicit by design
  // REQUIRES: !status.ok()
  Result(Status status) : data_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(data_).ok());
  }

  bool has_value() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return has_value(); }

  // REQUIRES: has_value()
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  // REQUIRES: !has_value()
  const Status& error() const { return std::get<Status>(data_); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_BASE_RESULT_H_
