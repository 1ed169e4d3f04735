#ifndef MAILLINT_SRC_VERSION_H_
#define MAILLINT_SRC_VERSION_H_

namespace maillint {
inline constexpr const char* kMaillintVersion = "0.1.0";
}  // namespace maillint

#endif  // MAILLINT_SRC_VERSION_H_
