#include "base/config.h"

#include <algorithm>

#include "base/text.h"

namespace maillint {

bool Config::IsInternalDomain(std::string_view domain) const {
  std::string lower = AsciiLower(domain);
  return std::any_of(organization.domains.begin(), organization.domains.end(),
                     [&](const std::string& d) {
                       return lower == d || EndsWith(lower, "." + d);
                     });
}

bool Config::IsInternalAddress(std::string_view address) const {
  size_t at = address.rfind('@');
  if (at == std::string_view::npos) return false;
  return IsInternalDomain(address.substr(at + 1));
}

int StandardIndex(std::string_view standard) {
  if (standard.size() < 2 || standard.size() > 3 || standard[0] != 'S') {
    return -1;
  }
  int n = 0;
  for (char c : standard.substr(1)) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n >= 1 && n <= 15 ? n - 1 : -1;
}

}  // namespace maillint
