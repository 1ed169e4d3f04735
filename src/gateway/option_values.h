// Values of the gateway commands' options (`filter`, `milter`).
#ifndef MAILLINT_SRC_GATEWAY_OPTION_VALUES_H_
#define MAILLINT_SRC_GATEWAY_OPTION_VALUES_H_

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace maillint {

// A plain decimal count ("0", "60"); nullopt for anything else.
std::optional<uint64_t> ParseCount(std::string_view text);

// "123", "64K", "64M", "1G" -> bytes (more than 0, at most 1 TiB).
std::optional<uint64_t> ParseSize(std::string_view text);

// "250ms", "1.5s", "2s" or a bare number in `bare_unit` ("60" with seconds:
// one minute) -> milliseconds, at most one day. Fractions of a millisecond
// and anything else are nullopt.
std::optional<std::chrono::milliseconds> ParseDuration(
    std::string_view text, std::chrono::milliseconds bare_unit);

}  // namespace maillint

#endif  // MAILLINT_SRC_GATEWAY_OPTION_VALUES_H_
