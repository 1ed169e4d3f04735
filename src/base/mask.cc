#include "base/mask.h"

#include <algorithm>
#include <cctype>

#include "base/text.h"

namespace maillint {
namespace {

std::string MaskDigits(std::string_view value, int digits) {
  std::string out(value);
  int keep_from = digits - 4;
  int seen = 0;
  for (char& c : out) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (seen < keep_from) c = '*';
      ++seen;
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      c = '*';
    }
  }
  return out;
}

}  // namespace

std::string MaskValue(std::string_view value) {
  int digits = 0;
  int code_points = 0;
  for (char c : value) {
    if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
    if (!IsUtf8Continuation(c)) ++code_points;
  }
  if (code_points <= 4)
    return std::string(static_cast<size_t>(code_points), '*');
  if (digits * 2 >= code_points && digits > 4) return MaskDigits(value, digits);

  int keep = std::min(4, code_points / 4);
  std::string out;
  int index = 0;
  for (size_t i = 0; i < value.size(); ++i) {
    if (IsUtf8Continuation(value[i])) {
      if (index <= keep) out += value[i];
      continue;
    }
    ++index;
    out += index <= keep ? value[i] : '*';
  }
  return out;
}

}  // namespace maillint
