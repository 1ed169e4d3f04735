#include "gateway/option_values.h"

#include <charconv>

#include "base/text.h"

namespace maillint {

std::optional<uint64_t> ParseCount(std::string_view text) {
  uint64_t value = 0;
  auto [end, error] =
      std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() ||
      end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

std::optional<uint64_t> ParseSize(std::string_view text) {
  uint64_t scale = 1;
  size_t unit = text.empty() ? std::string_view::npos
                             : std::string_view("KMGkmg").find(text.back());
  if (unit != std::string_view::npos) {
    scale = 1ull << (10 * (unit % 3 + 1));
    text.remove_suffix(1);
  }
  std::optional<uint64_t> count = ParseCount(text);
  if (!count || *count == 0 || *count > (1ull << 40) / scale)
    return std::nullopt;
  return *count * scale;
}

std::optional<std::chrono::milliseconds> ParseDuration(
    std::string_view text, std::chrono::milliseconds bare_unit) {
  constexpr uint64_t kMaxMs = 24ull * 3600 * 1000;
  uint64_t unit_ms = static_cast<uint64_t>(bare_unit.count());
  if (text.ends_with("ms")) {
    unit_ms = 1;
    text.remove_suffix(2);
  } else if (text.ends_with("s")) {
    unit_ms = 1000;
    text.remove_suffix(1);
  }
  // Up to three decimals, so that "1.5s" is 1500 ms.
  size_t dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  std::string_view fraction =
      dot == std::string_view::npos ? "" : text.substr(dot + 1);
  std::optional<uint64_t> w = ParseCount(whole);
  if (!w || *w > kMaxMs || fraction.size() > 3) return std::nullopt;
  uint64_t ms = *w * unit_ms;
  if (!fraction.empty()) {
    std::optional<uint64_t> f = ParseCount(fraction);
    if (!f) return std::nullopt;
    uint64_t scale = fraction.size() == 1 ? 100 : fraction.size() == 2 ? 10 : 1;
    uint64_t part = *f * scale * unit_ms;  // thousandths of the unit
    if (part % 1000 != 0) return std::nullopt;
    ms += part / 1000;
  }
  if (ms > kMaxMs) return std::nullopt;
  return std::chrono::milliseconds(ms);
}

}  // namespace maillint
